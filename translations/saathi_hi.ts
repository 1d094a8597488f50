<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>AadhaarCipher</name>
    <message>
        <source>The Aadhaar encryption key is not a valid RSA public key. Check the key configured for this environment.</source>
        <translation>आधार एन्क्रिप्शन key सही RSA public key नहीं है। इस एनवायरनमेंट के लिए सेट की गई key जांचें।</translation>
    </message>
    <message>
        <source>Cannot read the public key file %1.</source>
        <translation>public key फ़ाइल %1 पढ़ी नहीं जा सकी।</translation>
    </message>
    <message>
        <source>Could not encrypt the Aadhaar number.</source>
        <translation>आधार नंबर एन्क्रिप्ट नहीं हो सका।</translation>
    </message>
</context>
<context>
    <name>AepsConsent</name>
    <message>
        <source>I agree that my Aadhaar number and fingerprint are used once, to authenticate me with UIDAI for this banking transaction with my bank. I have been told that this information is not stored, and that I can use another way (cash at the bank branch) if I do not agree.</source>
        <translation>मैं सहमति देता/देती हूँ कि इस बैंकिंग लेन-देन के लिए, मेरे बैंक के साथ UIDAI से मेरी पहचान की पुष्टि करने के लिए, मेरा आधार नंबर और फ़िंगरप्रिंट सिर्फ़ एक बार इस्तेमाल किया जाए। मुझे बताया गया है कि यह जानकारी स्टोर नहीं की जाती, और अगर मैं सहमत नहीं हूँ तो मैं दूसरा तरीका (बैंक ब्रांच में नकद) अपना सकता/सकती हूँ।</translation>
    </message>
</context>
<context>
    <name>AepsFlow</name>
    <message>
        <source>The agent&apos;s authorisation needs the agent&apos;s mobile number, and this counter has none. Finish the agent set-up, then try again.</source>
        <translation>एजेंट के अधिकार के लिए एजेंट का मोबाइल नंबर चाहिए, और इस काउंटर पर वह नहीं है। एजेंट सेट-अप पूरा करें, फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <source>No answer from the bank.</source>
        <translation>बैंक से कोई जवाब नहीं मिला।</translation>
    </message>
    <message>
        <source>The agent&apos;s fingerprint did not authorise this withdrawal, so nothing was sent: %1 The customer&apos;s fingerprint is kept: submit again for the agent&apos;s finger.</source>
        <translation>एजेंट के फ़िंगरप्रिंट से यह निकासी अधिकृत नहीं हुई, इसलिए कुछ भी नहीं भेजा गया: %1 ग्राहक का फ़िंगरप्रिंट रखा गया है: एजेंट की उंगली के लिए फिर से सबमिट करें।</translation>
    </message>
    <message>
        <source>Eko authorised the agent but sent no reference for the withdrawal, so nothing was sent. Submit again, or call support if it repeats.</source>
        <translation>Eko ने एजेंट को अधिकृत किया, पर निकासी के लिए कोई संदर्भ नहीं भेजा, इसलिए कुछ भी नहीं भेजा गया। फिर से सबमिट करें, और बार-बार हो तो सहायता को कॉल करें।</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was sent.</source>
        <translation>रद्द किया गया। कुछ भी नहीं भेजा गया।</translation>
    </message>
    <message>
        <source>Pending — we are checking with the bank. Do not repeat it.</source>
        <translation>लंबित — हम बैंक से जाँच कर रहे हैं। इसे दोबारा न करें।</translation>
    </message>
    <message>
        <source>The bank did not complete the transaction. Give no cash; the customer may try again.</source>
        <translation>बैंक ने लेन-देन पूरा नहीं किया। कोई नकद न दें; ग्राहक फिर से कोशिश कर सकता है।</translation>
    </message>
    <message>
        <source>The finger did not match, and every finger has been tried. The customer should ask the bank to check the Aadhaar link.</source>
        <translation>उंगली मेल नहीं खाई, और सभी उंगलियाँ आज़माई जा चुकी हैं। ग्राहक बैंक से आधार लिंक की जाँच करवाए।</translation>
    </message>
    <message>
        <source>The finger did not match. Try another finger: %1.</source>
        <translation>उंगली मेल नहीं खाई। दूसरी उंगली आज़माएँ: %1।</translation>
    </message>
</context>
<context>
    <name>AepsForm</name>
    <message>
        <source>Choose the customer&apos;s bank.</source>
        <translation>ग्राहक का बैंक चुनें।</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s bank from the list.</source>
        <translation>सूची से ग्राहक का बैंक चुनें।</translation>
    </message>
    <message>
        <source>Read the consent to the customer and tick the box when they agree.</source>
        <translation>ग्राहक को सहमति पढ़कर सुनाएं और उनके मानने पर बॉक्स पर टिक करें।</translation>
    </message>
    <message>
        <source>The consent text is missing. Restart the transaction.</source>
        <translation>सहमति का टेक्स्ट नहीं है। लेन-देन फिर से शुरू करें।</translation>
    </message>
</context>
<context>
    <name>Agent</name>
    <message>
        <source>Finish the one-time eKYC first, then do the daily login.</source>
        <translation>पहले एक बार का eKYC पूरा करें, फिर रोज़ का लॉगिन करें।</translation>
    </message>
    <message>
        <source>Checking your fingerprint with the bank…</source>
        <translation>बैंक से आपका फ़िंगरप्रिंट जांचा जा रहा है…</translation>
    </message>
    <message>
        <source>Looking for the fingerprint device…</source>
        <translation>फ़िंगरप्रिंट डिवाइस खोजा जा रहा है…</translation>
    </message>
    <message>
        <source>Place your finger on the device.</source>
        <translation>डिवाइस पर अपनी उंगली रखें।</translation>
    </message>
</context>
<context>
    <name>AgentProfile</name>
    <message>
        <source>Enter the agent&apos;s name as it should appear on receipts (2–60 letters).</source>
        <translation>एजेंट का नाम वैसे लिखें जैसा रसीद पर दिखना चाहिए (2–60 अक्षर)।</translation>
    </message>
    <message>
        <source>Enter the shop&apos;s name as it should appear on receipts (2–60 letters).</source>
        <translation>दुकान का नाम वैसे लिखें जैसा रसीद पर दिखना चाहिए (2–60 अक्षर)।</translation>
    </message>
    <message>
        <source>Enter the shop&apos;s address (5–160 characters).</source>
        <translation>दुकान का पता लिखें (5–160 अक्षर)।</translation>
    </message>
    <message>
        <source>The agent&apos;s mobile number has 10 digits and starts with 6, 7, 8 or 9.</source>
        <translation>एजेंट का मोबाइल नंबर 10 अंकों का होता है और 6, 7, 8 या 9 से शुरू होता है।</translation>
    </message>
</context>
<context>
    <name>BankDirectory</name>
    <message>
        <source>Eko sent no banks.</source>
        <translation>Eko ने कोई बैंक नहीं भेजा।</translation>
    </message>
</context>
<context>
    <name>ClaimRules</name>
    <message>
        <source>The turnaround rules file could not be used. Check the file named in the settings (claims/rules), or remove the setting to use the built-in rules.</source>
        <translation>टर्नअराउंड नियमों की फ़ाइल इस्तेमाल नहीं हो सकी। सेटिंग (claims/rules) में दी गई फ़ाइल जाँचें, या अंतर्निहित नियमों के लिए वह सेटिंग हटा दें।</translation>
    </message>
</context>
<context>
    <name>ClaimSlip</name>
    <message>
        <source>Aadhaar Pay</source>
        <translation>आधार पे</translation>
    </message>
    <message>
        <source>Money transfer</source>
        <translation>मनी ट्रांसफ़र</translation>
    </message>
    <message>
        <source>Cash withdrawal</source>
        <translation>नकद निकासी</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Refund pending</source>
        <translation>रिफ़ंड बाकी</translation>
    </message>
    <message>
        <source>Not final: being checked</source>
        <translation>अंतिम नहीं: जाँच जारी है</translation>
    </message>
    <message>
        <source>CLAIM SLIP: MONEY NOT RECEIVED</source>
        <translation>दावा पर्ची: पैसा नहीं मिला</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>लेनदेन</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Date &amp; time</source>
        <translation>दिनांक और समय</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>बैंक</translation>
    </message>
    <message>
        <source>Aadhaar</source>
        <translation>आधार</translation>
    </message>
    <message>
        <source>RRN</source>
        <translation>RRN</translation>
    </message>
    <message>
        <source>STAN</source>
        <translation>STAN</translation>
    </message>
    <message>
        <source>Eko TID</source>
        <translation>Eko TID</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>Agent code</source>
        <translation>एजेंट कोड</translation>
    </message>
    <message>
        <source>Due back by</source>
        <translation>वापसी की अंतिम तिथि</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>देरी</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 दिन</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>मुआवज़ा</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>बचे दिन</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>स्रोत: %1</translation>
    </message>
    <message>
        <source>What to do: contact your bank (branch or helpline) and quote the RRN, STAN, Eko TID, amount and date above.</source>
        <translation>क्या करें: अपने बैंक (शाखा या हेल्पलाइन) से संपर्क करें और ऊपर दिए RRN, STAN, Eko TID, राशि और दिनांक बताएँ।</translation>
    </message>
    <message>
        <source>If the money is not back by %1, complain to your bank in writing. If the bank does not answer within 30 days, complain to the RBI Ombudsman: cms.rbi.org.in</source>
        <translation>यदि %1 तक पैसा वापस न आए, तो अपने बैंक में लिखित शिकायत करें। यदि बैंक 30 दिन में जवाब न दे, तो आरबीआई लोकपाल से शिकायत करें: cms.rbi.org.in</translation>
    </message>
    <message>
        <source>Keep this slip until the money is back.</source>
        <translation>पैसा वापस आने तक यह पर्ची संभालकर रखें।</translation>
    </message>
</context>
<context>
    <name>CustomerMemory</name>
    <message>
        <source>The counter&apos;s memory of customers could not be read or saved. The transaction is not affected; try again, or restart Saathi.</source>
        <translation>ग्राहकों के बारे में काउंटर की जानकारी पढ़ी या सहेजी नहीं जा सकी। लेन-देन पर कोई असर नहीं है; फिर से कोशिश करें, या Saathi दोबारा शुरू करें।</translation>
    </message>
</context>
<context>
    <name>CustomerToken</name>
    <message>
        <source>The customer limit key in the keychain is damaged. Contact support.</source>
        <translation>कीचेन में ग्राहक-सीमा की कुंजी ख़राब हो गई है। सपोर्ट से संपर्क करें।</translation>
    </message>
    <message>
        <source>This computer could not make a secure key.</source>
        <translation>यह कंप्यूटर सुरक्षित कुंजी नहीं बना सका।</translation>
    </message>
</context>
<context>
    <name>DayClose</name>
    <message>
        <source>A recorded day report could not be read. Keep the journal file and contact support.</source>
        <translation>दर्ज की गई दिन की रिपोर्ट पढ़ी नहीं जा सकी। जर्नल फ़ाइल संभालकर रखें और सपोर्ट से संपर्क करें।</translation>
    </message>
    <message>
        <source>%1 has not come yet. Choose today or an earlier day.</source>
        <translation>%1 अभी आया नहीं है। आज का या उससे पहले का दिन चुनें।</translation>
    </message>
    <message>
        <source>%1&apos;s shift is still open. Count the cash and close the till first, then close the day.</source>
        <translation>%1 की शिफ़्ट अभी खुली है। पहले नकद गिनें और टिल बंद करें, फिर दिन बंद करें।</translation>
    </message>
</context>
<context>
    <name>DayCloseFiles</name>
    <message>
        <source>The report could not be saved there: the disk may be full or the folder read-only. Choose another folder.</source>
        <translation>रिपोर्ट वहाँ सहेजी नहीं जा सकी: डिस्क भरी हो सकती है या फ़ोल्डर केवल पढ़ने के लिए है। कोई दूसरा फ़ोल्डर चुनें।</translation>
    </message>
</context>
<context>
    <name>DayCloseOutput</name>
    <message>
        <source>Day</source>
        <translation>दिन</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>बंद किया</translation>
    </message>
    <message>
        <source>Preview: the day is not closed yet.</source>
        <translation>पूर्वावलोकन: दिन अभी बंद नहीं हुआ है।</translation>
    </message>
    <message>
        <source>Agent code</source>
        <translation>एजेंट कोड</translation>
    </message>
    <message>
        <source>TRANSACTIONS</source>
        <translation>लेन-देन</translation>
    </message>
    <message>
        <source>No transactions on this day.</source>
        <translation>इस दिन कोई लेन-देन नहीं हुआ।</translation>
    </message>
    <message>
        <source>Successful: %1</source>
        <translation>सफल: %1</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>फ़ीस</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>कमीशन</translation>
    </message>
    <message>
        <source>Total fees</source>
        <translation>कुल फ़ीस</translation>
    </message>
    <message>
        <source>Total commission</source>
        <translation>कुल कमीशन</translation>
    </message>
    <message>
        <source>E-VALUE</source>
        <translation>ई-वैल्यू</translation>
    </message>
    <message>
        <source>At open</source>
        <translation>शुरुआत में</translation>
    </message>
    <message>
        <source>At close</source>
        <translation>समाप्ति पर</translation>
    </message>
    <message>
        <source>CASH</source>
        <translation>नकद</translation>
    </message>
    <message>
        <source>No till shift was opened on this day.</source>
        <translation>इस दिन कोई टिल शिफ़्ट नहीं खोली गई।</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>अपेक्षित</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>गिना गया</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>अंतर</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>अपेक्षित नकद</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>गिना गया नकद</translation>
    </message>
    <message>
        <source>UNRESOLVED (%1)</source>
        <translation>अनसुलझे (%1)</translation>
    </message>
    <message>
        <source>None: every transaction is final.</source>
        <translation>कोई नहीं: हर लेन-देन का अंतिम नतीजा आ चुका है।</translation>
    </message>
    <message>
        <source>FINAL SINCE THE LAST REPORT</source>
        <translation>पिछली रिपोर्ट के बाद अंतिम हुए</translation>
    </message>
    <message>
        <source>Unresolved transactions are carried to the next day&apos;s report until they are final.</source>
        <translation>अनसुलझे लेन-देन अंतिम होने तक अगले दिन की रिपोर्ट में आगे ले जाए जाते हैं।</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>लेन-देन</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>सफल</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation>कोशिश</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खुले</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>E-value at open</source>
        <translation>शुरुआत में ई-वैल्यू</translation>
    </message>
    <message>
        <source>E-value at close</source>
        <translation>समाप्ति पर ई-वैल्यू</translation>
    </message>
    <message>
        <source>Till shifts</source>
        <translation>टिल शिफ़्टें</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>शिफ़्ट</translation>
    </message>
    <message>
        <source>Opening cash</source>
        <translation>शुरुआती नकद</translation>
    </message>
    <message>
        <source>Unresolved (%1)</source>
        <translation>अनसुलझे (%1)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Final since the last report</source>
        <translation>पिछली रिपोर्ट के बाद अंतिम हुए</translation>
    </message>
    <message>
        <source>DAY CLOSE No. %1</source>
        <translation>दिन की समाप्ति क्र. %1</translation>
    </message>
    <message>
        <source>DAY CLOSE — PREVIEW</source>
        <translation>दिन की समाप्ति — पूर्वावलोकन</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>पता नहीं</translation>
    </message>
    <message>
        <source>today</source>
        <translation>आज का</translation>
    </message>
    <message>
        <source>1 day old</source>
        <translation>1 दिन पुराना</translation>
    </message>
    <message>
        <source>%1 days old</source>
        <translation>%1 दिन पुराना</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>(carried)</source>
        <translation>(पिछले दिन से)</translation>
    </message>
    <message>
        <source>Attempted %1, failed %2, open %3</source>
        <translation>कोशिश %1, विफल %2, खुले %3</translation>
    </message>
    <message>
        <source>%1, opened %2, still open</source>
        <translation>%1, %2 बजे खुली, अभी खुली है</translation>
    </message>
    <message>
        <source>%1, %2–%3, handed to %4</source>
        <translation>%1, %2–%3, %4 को सौंपी</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message>
        <source>The fingerprint driver does not accept the finger type Saathi asks for (FMR+FIR). Update the scanner&apos;s RD service from the vendor&apos;s website.</source>
        <translation>फ़िंगरप्रिंट ड्राइवर वह फ़िंगर टाइप (FMR+FIR) नहीं लेता जो Saathi मांगता है। स्कैनर बनाने वाली कंपनी की वेबसाइट से स्कैनर की RD सर्विस अपडेट करें।</translation>
    </message>
    <message>
        <source>finger count</source>
        <translation>उंगलियों की संख्या</translation>
    </message>
    <message>
        <source>iris type</source>
        <translation>आइरिस टाइप</translation>
    </message>
    <message>
        <source>iris count</source>
        <translation>आइरिस की संख्या</translation>
    </message>
    <message>
        <source>PID version</source>
        <translation>PID वर्ज़न</translation>
    </message>
    <message>
        <source>capture timeout</source>
        <translation>कैप्चर टाइमआउट</translation>
    </message>
    <message>
        <source>finger positions</source>
        <translation>उंगलियों की जगह</translation>
    </message>
    <message>
        <source>face capture (not supported)</source>
        <translation>चेहरा कैप्चर (सपोर्ट नहीं है)</translation>
    </message>
    <message>
        <source>PID format</source>
        <translation>PID फ़ॉर्मेट</translation>
    </message>
    <message>
        <source>demographic data</source>
        <translation>डेमोग्राफ़िक डेटा</translation>
    </message>
    <message>
        <source>capture options</source>
        <translation>कैप्चर विकल्प</translation>
    </message>
    <message>
        <source>The fingerprint driver rejected Saathi&apos;s capture settings (%1). Please report this to support; retrying will not help.</source>
        <translation>फ़िंगरप्रिंट ड्राइवर ने Saathi की कैप्चर सेटिंग (%1) नहीं मानी। कृपया सपोर्ट को बताएं; दोबारा कोशिश करने से फ़ायदा नहीं होगा।</translation>
    </message>
    <message>
        <source>The fingerprint driver cannot produce this PID format. Please report this to support.</source>
        <translation>फ़िंगरप्रिंट ड्राइवर यह PID फ़ॉर्मेट नहीं बना सकता। कृपया सपोर्ट को बताएं।</translation>
    </message>
    <message>
        <source>No finger was placed in time. Ask the customer to place the finger on the scanner and try again.</source>
        <translation>समय पर उंगली नहीं रखी गई। ग्राहक से स्कैनर पर उंगली रखने को कहें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>The scanner is being used by another application. Close the other application and try again.</source>
        <translation>स्कैनर किसी दूसरे प्रोग्राम में इस्तेमाल हो रहा है। वह प्रोग्राम बंद करें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>The scanner is not ready. Check that it is plugged in, then search for the device again.</source>
        <translation>स्कैनर तैयार नहीं है। देखें कि वह लगा हुआ है, फिर डिवाइस दोबारा खोजें।</translation>
    </message>
    <message>
        <source>The capture failed. Clean the scanner&apos;s glass, ask the customer to wipe the finger and try again.</source>
        <translation>कैप्चर नहीं हुआ। स्कैनर का शीशा साफ़ करें, ग्राहक से उंगली पोंछने को कहें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>The scanner needs to be restarted. Unplug it, plug it back in (or restart the RD service) and search for the device again.</source>
        <translation>स्कैनर को रीस्टार्ट करना होगा। उसे निकालकर दोबारा लगाएं (या RD सर्विस रीस्टार्ट करें) और डिवाइस दोबारा खोजें।</translation>
    </message>
    <message>
        <source>This RD service does not support fingerprints. Choose the fingerprint scanner&apos;s service.</source>
        <translation>यह RD सर्विस फ़िंगरप्रिंट सपोर्ट नहीं करती। फ़िंगरप्रिंट स्कैनर की सर्विस चुनें।</translation>
    </message>
    <message>
        <source>This RD service does not support iris capture. Choose the right device&apos;s service.</source>
        <translation>यह RD सर्विस आइरिस कैप्चर सपोर्ट नहीं करती। सही डिवाइस की सर्विस चुनें।</translation>
    </message>
    <message>
        <source>The RD service did not recognise the address Saathi used. Search for the device again; if it keeps happening, report it to support.</source>
        <translation>RD सर्विस ने Saathi का इस्तेमाल किया गया पता नहीं पहचाना। डिवाइस दोबारा खोजें; बार-बार ऐसा हो तो सपोर्ट को बताएं।</translation>
    </message>
    <message>
        <source>The fingerprint driver had an internal error. Restart the RD service and try again.</source>
        <translation>फ़िंगरप्रिंट ड्राइवर में अंदरूनी गड़बड़ी हुई। RD सर्विस रीस्टार्ट करें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>The scanner is still starting up. Wait a few seconds and try again.</source>
        <translation>स्कैनर अभी चालू हो रहा है। कुछ सेकंड रुकें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>The scanner is in use. Close other applications that use it and try again.</source>
        <translation>स्कैनर इस्तेमाल में है। उसे इस्तेमाल करने वाले दूसरे प्रोग्राम बंद करें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>No scanner is connected. Plug the scanner in and search for the device again.</source>
        <translation>कोई स्कैनर जुड़ा नहीं है। स्कैनर लगाएं और डिवाइस दोबारा खोजें।</translation>
    </message>
    <message>
        <source>The fingerprint driver rejected the environment setting. Please report this to support.</source>
        <translation>फ़िंगरप्रिंट ड्राइवर ने एनवायरनमेंट सेटिंग नहीं मानी। कृपया सपोर्ट को बताएं।</translation>
    </message>
    <message>
        <source>The scanner could not encrypt the capture. Restart the RD service and try again.</source>
        <translation>स्कैनर कैप्चर को एन्क्रिप्ट नहीं कर सका। RD सर्विस रीस्टार्ट करें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>The fingerprint driver gave no result code. Try again; if it keeps happening, restart the RD service.</source>
        <translation>फ़िंगरप्रिंट ड्राइवर ने कोई रिज़ल्ट कोड नहीं दिया। फिर से कोशिश करें; बार-बार ऐसा हो तो RD सर्विस रीस्टार्ट करें।</translation>
    </message>
    <message>
        <source>The fingerprint driver reported error %1. Try again; if it keeps happening, restart the RD service.</source>
        <translation>फ़िंगरप्रिंट ड्राइवर ने एरर %1 बताया। फिर से कोशिश करें; बार-बार ऐसा हो तो RD सर्विस रीस्टार्ट करें।</translation>
    </message>
    <message>
        <source>The fingerprint was not clear enough (quality %1). Ask the customer to wipe the finger and press it flat on the scanner, then capture again.</source>
        <translation>फ़िंगरप्रिंट साफ़ नहीं आया (क्वालिटी %1)। ग्राहक से उंगली पोंछकर स्कैनर पर सीधी दबाकर रखने को कहें, फिर दोबारा कैप्चर करें।</translation>
    </message>
    <message>
        <source>The fingerprint quality is low (%1). Capturing again with the finger pressed flat improves the chance of a match.</source>
        <translation>फ़िंगरप्रिंट की क्वालिटी कम है (%1)। उंगली सीधी दबाकर दोबारा कैप्चर करने से मिलान होने की संभावना बढ़ती है।</translation>
    </message>
    <message>
        <source>No fingerprint scanner service was found. Check that the scanner is plugged in and its RD service (driver) is installed and running, then search again.</source>
        <translation>फ़िंगरप्रिंट स्कैनर की कोई सर्विस नहीं मिली। देखें कि स्कैनर लगा है और उसकी RD सर्विस (ड्राइवर) इंस्टॉल होकर चल रही है, फिर दोबारा खोजें।</translation>
    </message>
    <message>
        <source>The fingerprint scanner&apos;s service is running but the scanner is not ready. Plug the scanner in (or replug it) and search again.</source>
        <translation>फ़िंगरप्रिंट स्कैनर की सर्विस चल रही है, पर स्कैनर तैयार नहीं है। स्कैनर लगाएं (या निकालकर दोबारा लगाएं) और दोबारा खोजें।</translation>
    </message>
    <message>
        <source>The fingerprint scanner&apos;s service did not answer in time. Restart the RD service and try again.</source>
        <translation>फ़िंगरप्रिंट स्कैनर की सर्विस ने समय पर जवाब नहीं दिया। RD सर्विस रीस्टार्ट करें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Saathi could not talk to the fingerprint scanner&apos;s service. Search for the device again; if it keeps happening, restart the RD service.</source>
        <translation>Saathi फ़िंगरप्रिंट स्कैनर की सर्विस से बात नहीं कर सका। डिवाइस दोबारा खोजें; बार-बार ऐसा हो तो RD सर्विस रीस्टार्ट करें।</translation>
    </message>
    <message>
        <source>The fingerprint scanner&apos;s service sent far more data than expected and was stopped. Restart the RD service; if it keeps happening, check which program is using the RD ports.</source>
        <translation>फ़िंगरप्रिंट स्कैनर की सर्विस ने उम्मीद से बहुत ज़्यादा डेटा भेजा, इसलिए उसे रोक दिया गया। RD सर्विस रीस्टार्ट करें; बार-बार ऐसा हो तो देखें कि RD पोर्ट कौन-सा प्रोग्राम इस्तेमाल कर रहा है।</translation>
    </message>
    <message>
        <source>The fingerprint scanner&apos;s service sent an answer Saathi cannot read. Restart the RD service; if it keeps happening, reinstall the driver.</source>
        <translation>फ़िंगरप्रिंट स्कैनर की सर्विस ने ऐसा जवाब भेजा जिसे Saathi पढ़ नहीं सकता। RD सर्विस रीस्टार्ट करें; बार-बार ऐसा हो तो ड्राइवर दोबारा इंस्टॉल करें।</translation>
    </message>
    <message>
        <source>The fingerprint scanner&apos;s service refused the request. Search for the device again; if it keeps happening, restart the RD service.</source>
        <translation>फ़िंगरप्रिंट स्कैनर की सर्विस ने अनुरोध ठुकरा दिया। डिवाइस दोबारा खोजें; बार-बार ऐसा हो तो RD सर्विस रीस्टार्ट करें।</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>रद्द किया गया।</translation>
    </message>
    <message>
        <source>The scanner reported success but its answer is incomplete, so it cannot be sent to the bank. Capture again; if it keeps happening, restart the RD service.</source>
        <translation>स्कैनर ने सफल बताया, पर उसका जवाब अधूरा है, इसलिए इसे बैंक को नहीं भेजा जा सकता। दोबारा कैप्चर करें; बार-बार ऐसा हो तो RD सर्विस रीस्टार्ट करें।</translation>
    </message>
    <message>
        <source>The scanner captured a different fingerprint format than requested, which the bank would refuse. Update the scanner&apos;s RD service and try again.</source>
        <translation>स्कैनर ने मांगे गए फ़ॉर्मेट की जगह दूसरे फ़ॉर्मेट में फ़िंगरप्रिंट लिया, जिसे बैंक मना कर देगा। स्कैनर की RD सर्विस अपडेट करें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>This RD service does not offer fingerprint capture. Choose another device.</source>
        <translation>यह RD सर्विस फ़िंगरप्रिंट कैप्चर नहीं देती। कोई दूसरा डिवाइस चुनें।</translation>
    </message>
    <message>
        <source>The fingerprint scanner could not be used. Try again.</source>
        <translation>फ़िंगरप्रिंट स्कैनर इस्तेमाल नहीं हो सका। फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Cannot read the PID file %1.</source>
        <translation>PID फ़ाइल %1 पढ़ी नहीं जा सकी।</translation>
    </message>
</context>
<context>
    <name>Dmt</name>
    <message>
        <source>The OTP has expired. Send a new OTP to the customer.</source>
        <translation>OTP की समय-सीमा खत्म हो गई है। ग्राहक को नया OTP भेजें।</translation>
    </message>
    <message>
        <source>The OTP is wrong or was already used. Ask the customer for the newest OTP, or send a new one.</source>
        <translation>OTP गलत है या पहले ही इस्तेमाल हो चुका है। ग्राहक से सबसे नया OTP मांगें, या नया OTP भेजें।</translation>
    </message>
    <message>
        <source>Your E-value wallet is too low for this transfer and its fee. Load the wallet and try again.</source>
        <translation>इस ट्रांसफ़र और उसकी फ़ीस के लिए आपके ई-वैल्यू वॉलेट में बैलेंस कम है। वॉलेट लोड करें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>The customer&apos;s monthly limit does not allow this amount (₹%1 left this month).</source>
        <translation>ग्राहक की मासिक सीमा में यह राशि नहीं आती (इस महीने ₹%1 बाकी)।</translation>
    </message>
    <message>
        <source>This customer is not registered for money transfer yet. Register the customer first.</source>
        <translation>यह ग्राहक अभी मनी ट्रांसफ़र के लिए रजिस्टर्ड नहीं है। पहले ग्राहक को रजिस्टर करें।</translation>
    </message>
    <message>
        <source>The customer&apos;s mobile is not verified yet. Verify it with the OTP first.</source>
        <translation>ग्राहक का मोबाइल अभी वेरिफ़ाई नहीं हुआ है। पहले OTP से वेरिफ़ाई करें।</translation>
    </message>
    <message>
        <source>Eko does not know this recipient for the customer. Refresh the recipient list.</source>
        <translation>Eko के पास इस ग्राहक का यह प्राप्तकर्ता नहीं है। प्राप्तकर्ता सूची रीफ़्रेश करें।</translation>
    </message>
    <message>
        <source>The recipient&apos;s bank does not take this channel: %1</source>
        <translation>प्राप्तकर्ता का बैंक यह चैनल नहीं लेता: %1</translation>
    </message>
    <message>
        <source>This mobile is already registered with Eko. Look the customer up instead.</source>
        <translation>यह मोबाइल पहले से Eko पर रजिस्टर्ड है। इसके बजाय ग्राहक को खोजें।</translation>
    </message>
    <message>
        <source>Eko says: %1. Choose this recipient from the customer&apos;s list.</source>
        <translation>Eko का कहना है: %1। ग्राहक की सूची से यह प्राप्तकर्ता चुनें।</translation>
    </message>
    <message>
        <source>This transfer cannot be refunded now: %1</source>
        <translation>यह ट्रांसफ़र अभी रिफ़ंड नहीं हो सकता: %1</translation>
    </message>
    <message>
        <source>Eko gave no usable answer.</source>
        <translation>Eko से कोई काम का जवाब नहीं मिला।</translation>
    </message>
    <message>
        <source>The customer&apos;s eKYC is already done. Look the customer up again.</source>
        <translation>ग्राहक का eKYC पहले ही हो चुका है। ग्राहक को फिर से खोजें।</translation>
    </message>
    <message>
        <source>The bank has not confirmed yet. Do not send it again.</source>
        <translation>बैंक ने अभी पुष्टि नहीं की है। इसे दोबारा न भेजें।</translation>
    </message>
    <message>
        <source>This step is not part of this environment&apos;s money transfer.</source>
        <translation>यह चरण इस एनवायरनमेंट के मनी ट्रांसफ़र का हिस्सा नहीं है।</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name as on the ID, in letters only.</source>
        <translation>ग्राहक का नाम वैसा ही डालें जैसा पहचान पत्र पर है, सिर्फ़ अक्षरों में।</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s date of birth (at least 18 years old).</source>
        <translation>ग्राहक की जन्म तारीख डालें (उम्र कम से कम 18 साल)।</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s address.</source>
        <translation>ग्राहक का पता डालें।</translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s name as the bank has it, in letters only.</source>
        <translation>पाने वाले का नाम वैसा ही डालें जैसा बैंक में है, सिर्फ़ अक्षरों में।</translation>
    </message>
    <message>
        <source>The account number has 9 to 18 digits. Check it.</source>
        <translation>खाता नंबर 9 से 18 अंकों का होता है। इसे जाँचें।</translation>
    </message>
    <message>
        <source>Capture the customer&apos;s fingerprint first.</source>
        <translation>पहले ग्राहक का फ़िंगरप्रिंट लें।</translation>
    </message>
    <message>
        <source>Choose the recipient to delete.</source>
        <translation>हटाने के लिए पाने वाले को चुनें।</translation>
    </message>
    <message>
        <source>Enter the amount in whole rupees.</source>
        <translation>राशि पूरे रुपयों में दर्ज करें।</translation>
    </message>
    <message>
        <source>The transfer has no Eko TID.</source>
        <translation>इस ट्रांसफ़र का कोई Eko TID नहीं है।</translation>
    </message>
    <message>
        <source>This customer cannot send money yet: finish the registration (OTP / eKYC) first.</source>
        <translation>यह ग्राहक अभी पैसे नहीं भेज सकता: पहले रजिस्ट्रेशन (OTP / eKYC) पूरा करें।</translation>
    </message>
    <message>
        <source>The smallest transfer is %1.</source>
        <translation>सबसे छोटा ट्रांसफ़र %1 का है।</translation>
    </message>
    <message>
        <source>The customer can send only %1 more this month (limit %2, used %3). Lower the amount.</source>
        <translation>ग्राहक इस महीने सिर्फ़ %1 और भेज सकता है (सीमा %2, इस्तेमाल %3)। राशि कम करें।</translation>
    </message>
    <message>
        <source>This amount needs more than %1 transfers. Lower the amount.</source>
        <translation>इस राशि के लिए %1 से ज़्यादा ट्रांसफ़र लगेंगे। राशि कम करें।</translation>
    </message>
    <message>
        <source>%1 does not take %2 transfers. Use %3.</source>
        <translation>%1 में %2 ट्रांसफ़र नहीं होते। %3 इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>The recipient&apos;s bank takes neither IMPS nor NEFT.</source>
        <translation>प्राप्तकर्ता का बैंक न IMPS लेता है न NEFT।</translation>
    </message>
    <message>
        <source>Eko did not accept this detail. Check it and try again.</source>
        <translation>Eko ने यह जानकारी स्वीकार नहीं की। इसे जाँचें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>The customer&apos;s eKYC could not be completed. Check the Aadhaar number, then capture the finger again.</source>
        <translation>ग्राहक का eKYC पूरा नहीं हो सका। आधार नंबर जाँचें, फिर उँगली दोबारा स्कैन करें।</translation>
    </message>
    <message>
        <source>The bank could not verify the customer&apos;s fingerprint. Capture the finger again.</source>
        <translation>बैंक ग्राहक का फ़िंगरप्रिंट सत्यापित नहीं कर सका। उँगली दोबारा स्कैन करें।</translation>
    </message>
    <message>
        <source>Eko refused the request. Check the details and try again; if it repeats, call support.</source>
        <translation>Eko ने अनुरोध मना कर दिया। जानकारी जाँचें और फिर से कोशिश करें; बार-बार ऐसा हो तो सपोर्ट को कॉल करें।</translation>
    </message>
</context>
<context>
    <name>Eko</name>
    <message>
        <source>Capture the customer&apos;s fingerprint first.</source>
        <translation>पहले ग्राहक का फ़िंगरप्रिंट लें।</translation>
    </message>
    <message>
        <source>Eko does not accept PNG files. Save the document as JPEG or PDF and choose it again.</source>
        <translation>Eko PNG फ़ाइलें नहीं लेता। दस्तावेज़ को JPEG या PDF में सेव करें और फिर से चुनें।</translation>
    </message>
    <message>
        <source>The document must be a JPEG photo or a PDF.</source>
        <translation>दस्तावेज़ JPEG फ़ोटो या PDF होना चाहिए।</translation>
    </message>
    <message>
        <source>The document must be smaller than 1 MB. Take a smaller photo or scan at a lower resolution.</source>
        <translation>दस्तावेज़ 1 MB से छोटा होना चाहिए। छोटी फ़ोटो लें या कम रिज़ॉल्यूशन पर स्कैन करें।</translation>
    </message>
    <message>
        <source>This operation is not in the endpoint catalogue. Call support.</source>
        <translation>यह काम endpoint catalogue में नहीं है। सपोर्ट को कॉल करें।</translation>
    </message>
    <message>
        <source>Eko&apos;s answer could not be read. Try again in a minute; if this repeats, call support.</source>
        <translation>Eko का जवाब पढ़ा नहीं जा सका। एक मिनट बाद फिर से कोशिश करें; बार-बार ऐसा हो तो सपोर्ट को कॉल करें।</translation>
    </message>
    <message>
        <source>Eko&apos;s server sent an error page instead of an answer. Try again in a minute; if it repeats, check the server address in Settings.</source>
        <translation>Eko के सर्वर ने जवाब की जगह एरर पेज भेजा। एक मिनट बाद फिर से कोशिश करें; बार-बार ऐसा हो तो सेटिंग्स में सर्वर का पता जांचें।</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>रद्द किया गया।</translation>
    </message>
    <message>
        <source>The request could not be prepared.</source>
        <translation>अनुरोध तैयार नहीं हो सका।</translation>
    </message>
    <message>
        <source>Cancelled while Eko was answering: the result is being checked.</source>
        <translation>Eko के जवाब देते समय रद्द किया गया: नतीजे की जांच हो रही है।</translation>
    </message>
    <message>
        <source>The bank has not confirmed yet. Saathi is checking with Eko; do not repeat the transaction.</source>
        <translation>बैंक ने अभी पुष्टि नहीं की है। Saathi, Eko से जांच कर रहा है; लेन-देन दोबारा न करें।</translation>
    </message>
    <message>
        <source>The Eko endpoint catalogue is not valid: %1</source>
        <translation>Eko endpoint catalogue सही नहीं है: %1</translation>
    </message>
    <message>
        <source>Cannot read the Eko endpoint catalogue %1.</source>
        <translation>Eko endpoint catalogue %1 पढ़ा नहीं जा सका।</translation>
    </message>
    <message>
        <source>No Eko server address is set for this environment. Choose the environment in Settings.</source>
        <translation>इस एनवायरनमेंट के लिए Eko सर्वर का पता सेट नहीं है। सेटिंग्स में एनवायरनमेंट चुनें।</translation>
    </message>
    <message>
        <source>A required value is missing for this request.</source>
        <translation>इस अनुरोध के लिए एक ज़रूरी जानकारी नहीं है।</translation>
    </message>
    <message>
        <source>The Eko key pins in the endpoint catalogue are not valid: %1</source>
        <translation>एंडपॉइंट कैटलॉग में Eko की कुंजी पिन सही नहीं हैं: %1</translation>
    </message>
    <message>
        <source>Eko&apos;s server did not show the expected key, so nothing was sent. A proxy or a changed Eko key can cause this: call support.</source>
        <translation>Eko के सर्वर ने अपेक्षित कुंजी नहीं दिखाई, इसलिए कुछ भी नहीं भेजा गया। ऐसा किसी प्रॉक्सी या Eko की बदली हुई कुंजी से हो सकता है: सहायता को कॉल करें।</translation>
    </message>
    <message>
        <source>The Eko address is not a valid URL, e.g. https://staging.eko.in/ekoapi.</source>
        <translation>Eko का पता सही URL नहीं है, जैसे https://staging.eko.in/ekoapi।</translation>
    </message>
    <message>
        <source>The Eko address must start with https://. Over plain HTTP anyone on the way could read the customer&apos;s details and change the amount.</source>
        <translation>Eko का पता https:// से शुरू होना चाहिए। सादे HTTP पर रास्ते में कोई भी ग्राहक का विवरण पढ़ सकता है और राशि बदल सकता है।</translation>
    </message>
    <message>
        <source>This request lacks a value Eko requires. Call support: the endpoint catalogue and this version of Saathi disagree.</source>
        <translation>इस अनुरोध में वह मान नहीं है जो Eko को चाहिए। सहायता को कॉल करें: एंडपॉइंट कैटलॉग और Saathi का यह संस्करण मेल नहीं खाते।</translation>
    </message>
    <message>
        <source>Aadhaar Pay is not offered on this counter&apos;s Eko connection. Nothing was sent. Use a cash withdrawal instead.</source>
        <translation>इस काउंटर के Eko कनेक्शन पर आधार पे उपलब्ध नहीं है। कुछ भी नहीं भेजा गया। इसके बजाय नकद निकासी करें।</translation>
    </message>
    <message>
        <source>Today&apos;s biometric login is needed before any AePS transaction. Do the daily login with your own finger, then try again.</source>
        <translation>कोई भी AePS लेन-देन करने से पहले आज का बायोमेट्रिक लॉगिन ज़रूरी है। अपनी उंगली से रोज़ का लॉगिन करें, फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <source>Your one-time AePS eKYC is not complete. Finish eKYC (OTP and fingerprint) first.</source>
        <translation>आपका एक बार होने वाला AePS eKYC पूरा नहीं हुआ है। पहले eKYC (OTP और फ़िंगरप्रिंट) पूरा करें।</translation>
    </message>
    <message>
        <source>eKYC is already complete. Do today&apos;s biometric login instead.</source>
        <translation>eKYC पहले ही पूरा हो चुका है। इसकी जगह आज का बायोमेट्रिक लॉगिन करें।</translation>
    </message>
    <message>
        <source>The fingerprint did not match. Clean the sensor and the finger, place the finger flat and capture again.</source>
        <translation>फ़िंगरप्रिंट मेल नहीं खाया। सेंसर और उंगली साफ़ करें, उंगली सीधी रखें और फिर से स्कैन करें।</translation>
    </message>
    <message>
        <source>This fingerprint capture was already used. Capture the finger again.</source>
        <translation>यह फ़िंगरप्रिंट स्कैन पहले ही इस्तेमाल हो चुका है। उंगली फिर से स्कैन करें।</translation>
    </message>
    <message>
        <source>The customer&apos;s bank account is frozen. The customer must contact their bank.</source>
        <translation>ग्राहक का बैंक खाता फ़्रीज़ है। ग्राहक को अपने बैंक से संपर्क करना होगा।</translation>
    </message>
    <message>
        <source>The customer&apos;s bank has turned off AePS withdrawals for this account. The customer must contact their bank.</source>
        <translation>ग्राहक के बैंक ने इस खाते से AePS निकासी बंद कर दी है। ग्राहक को अपने बैंक से संपर्क करना होगा।</translation>
    </message>
    <message>
        <source>The OTP is wrong or has expired. Ask for a new OTP and enter it again.</source>
        <translation>OTP गलत है या उसका समय खत्म हो गया है। नया OTP मांगें और फिर से डालें।</translation>
    </message>
    <message>
        <source>Eko did not receive the developer key. Check the credentials in Settings. A proxy that drops headers with underscores can also cause this.</source>
        <translation>Eko को डेवलपर कुंजी नहीं मिली। सेटिंग्स में क्रेडेंशियल जाँचें। अंडरस्कोर वाले हेडर हटा देने वाला प्रॉक्सी भी इसकी वजह हो सकता है।</translation>
    </message>
    <message>
        <source>Eko refused the request&apos;s signature. Check that this computer&apos;s date and time are correct (set them automatically), and that the access key in Settings is right. If both are right, the service may not be activated for this agent.</source>
        <translation>Eko ने अनुरोध का सिग्नेचर अस्वीकार कर दिया। जाँचें कि इस कंप्यूटर की तारीख और समय सही हैं (इन्हें अपने-आप सेट होने दें), और सेटिंग्स में ऐक्सेस कुंजी सही है। अगर दोनों सही हैं, तो हो सकता है इस एजेंट के लिए सेवा चालू न हुई हो।</translation>
    </message>
    <message>
        <source>Eko does not know this address. Check the environment (UAT or production) and the server address in Settings.</source>
        <translation>Eko इस पते को नहीं पहचानता। सेटिंग्स में एनवायरनमेंट (UAT या प्रोडक्शन) और सर्वर का पता जाँचें।</translation>
    </message>
    <message>
        <source>Eko does not accept this kind of request at this address (HTTP 405). The endpoint catalogue may be out of date; call support.</source>
        <translation>Eko इस पते पर इस तरह का अनुरोध स्वीकार नहीं करता (HTTP 405)। हो सकता है एंडपॉइंट सूची पुरानी हो; सपोर्ट को कॉल करें।</translation>
    </message>
    <message>
        <source>Eko does not accept the request&apos;s format (HTTP 415). The endpoint catalogue may be out of date; call support.</source>
        <translation>Eko अनुरोध का फ़ॉर्मैट स्वीकार नहीं करता (HTTP 415)। हो सकता है एंडपॉइंट सूची पुरानी हो; सपोर्ट को कॉल करें।</translation>
    </message>
    <message>
        <source>Eko&apos;s server could not handle the request just now. Wait a minute and try again.</source>
        <translation>Eko का सर्वर अभी अनुरोध पूरा नहीं कर सका। एक मिनट रुकें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Eko answered with an unexpected error (HTTP %1). Try again; if it repeats, call support.</source>
        <translation>Eko से अनपेक्षित एरर आया (HTTP %1)। फिर से कोशिश करें; अगर बार-बार हो, तो सपोर्ट को कॉल करें।</translation>
    </message>
    <message>
        <source>Eko rejected the request&apos;s fields (&quot;No key for Response&quot;). The endpoint catalogue may be out of date; call support.</source>
        <translation>Eko ने अनुरोध के फ़ील्ड अस्वीकार कर दिए (&quot;No key for Response&quot;)। हो सकता है एंडपॉइंट सूची पुरानी हो; सपोर्ट को कॉल करें।</translation>
    </message>
    <message>
        <source>This service is not activated for your agent code yet. Check the service status in Set-up; activation can take 1–3 working days.</source>
        <translation>आपके एजेंट कोड के लिए यह सेवा अभी चालू नहीं हुई है। सेट-अप में सेवा की स्थिति जाँचें; चालू होने में 1–3 कामकाजी दिन लग सकते हैं।</translation>
    </message>
    <message>
        <source>Your E-value wallet balance is too low. Load your E-value wallet, then try again.</source>
        <translation>आपके ई-वैल्यू वॉलेट में बैलेंस बहुत कम है। अपना ई-वैल्यू वॉलेट लोड करें, फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <source>Eko has no transaction with this reference.</source>
        <translation>Eko के पास इस रेफ़रेंस का कोई लेन-देन नहीं है।</translation>
    </message>
    <message>
        <source>Eko does not know this customer or agent.</source>
        <translation>Eko इस ग्राहक या एजेंट को नहीं पहचानता।</translation>
    </message>
    <message>
        <source>This agent is not onboarded with Eko. Complete onboarding in Set-up first.</source>
        <translation>यह एजेंट Eko पर ऑनबोर्ड नहीं है। पहले सेट-अप में ऑनबोर्डिंग पूरी करें।</translation>
    </message>
    <message>
        <source>An agent with this mobile number is already registered with Eko.</source>
        <translation>इस मोबाइल नंबर से एक एजेंट Eko पर पहले से रजिस्टर्ड है।</translation>
    </message>
    <message>
        <source>The customer&apos;s monthly limit is used up.</source>
        <translation>ग्राहक की महीने की लिमिट पूरी हो चुकी है।</translation>
    </message>
    <message>
        <source>The secure connection to Eko could not be verified. Check the computer&apos;s date and time; do not continue on this network if it repeats.</source>
        <translation>Eko से सुरक्षित कनेक्शन की पुष्टि नहीं हो सकी। कंप्यूटर की तारीख और समय जाँचें; अगर ऐसा बार-बार हो, तो इस नेटवर्क पर आगे न बढ़ें।</translation>
    </message>
    <message>
        <source>Cannot reach Eko. Check the internet connection and try again.</source>
        <translation>Eko से संपर्क नहीं हो पा रहा। इंटरनेट कनेक्शन जाँचें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Eko&apos;s server refused the connection. Check the server address in Settings.</source>
        <translation>Eko के सर्वर ने कनेक्शन अस्वीकार कर दिया। सेटिंग्स में सर्वर का पता जाँचें।</translation>
    </message>
    <message>
        <source>The connection to Eko failed. Check the internet connection and try again.</source>
        <translation>Eko से कनेक्शन नहीं हो सका। इंटरनेट कनेक्शन जाँचें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Eko did not answer in time, so the result is not known yet. Do not repeat the transaction: Saathi is checking its status with Eko.</source>
        <translation>Eko ने समय पर जवाब नहीं दिया, इसलिए नतीजा अभी पता नहीं है। लेन-देन दोबारा न करें: Saathi, Eko से इसकी स्थिति जाँच रहा है।</translation>
    </message>
    <message>
        <source>Eko did not answer in time. Try again.</source>
        <translation>Eko ने समय पर जवाब नहीं दिया। फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Eko&apos;s answer was far larger than expected and was not read. Try again; if it repeats, call support.</source>
        <translation>Eko का जवाब उम्मीद से बहुत बड़ा था, इसलिए पढ़ा नहीं गया। फिर से कोशिश करें; अगर बार-बार हो, तो सपोर्ट को कॉल करें।</translation>
    </message>
    <message>
        <source>The customer&apos;s bank account does not have enough balance for this amount. Ask for a smaller amount, or use another account.</source>
        <translation>ग्राहक के बैंक खाते में इस राशि के लिए पर्याप्त बैलेंस नहीं है। कम राशि लें, या दूसरा खाता इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>Eko gave an answer Saathi does not know. Try again; if it repeats, call support.</source>
        <translation>Eko ने ऐसा जवाब दिया जिसे Saathi नहीं पहचानता। फिर से कोशिश करें; बार-बार ऐसा हो तो सपोर्ट को कॉल करें।</translation>
    </message>
    <message>
        <source>Eko did not accept some of the details. Check what you entered and try again.</source>
        <translation>Eko ने कुछ जानकारी स्वीकार नहीं की। जो भरा है उसे जाँचें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Eko declined the request. Check the details and try again; if it repeats, call support.</source>
        <translation>Eko ने अनुरोध अस्वीकार कर दिया। जानकारी जाँचें और फिर से कोशिश करें; बार-बार ऐसा हो तो सपोर्ट को कॉल करें।</translation>
    </message>
    <message>
        <source>The customer&apos;s Aadhaar is not linked to this bank. Give no cash. Ask the customer which bank their Aadhaar is linked to and choose that bank.</source>
        <translation>ग्राहक का आधार इस बैंक से जुड़ा नहीं है। नकद न दें। ग्राहक से पूछें कि उनका आधार किस बैंक से जुड़ा है और वही बैंक चुनें।</translation>
    </message>
    <message>
        <source>The customer&apos;s bank limit for today is used up. Give no cash. The customer can use another bank account, or come back tomorrow.</source>
        <translation>ग्राहक के बैंक की आज की सीमा पूरी हो चुकी है। नकद न दें। ग्राहक किसी दूसरे बैंक खाते का उपयोग कर सकते हैं, या कल फिर आएँ।</translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>No keychain is available for the Eko credentials.</source>
        <translation>Eko क्रेडेंशियल के लिए कोई कीचेन उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <source>No Eko credentials are saved for this environment yet. Finish going live (Settings → Go live) first.</source>
        <translation>इस परिवेश के लिए अभी कोई Eko क्रेडेंशियल सहेजे नहीं गए हैं। पहले लाइव जाने की प्रक्रिया पूरी करें (सेटिंग्स → लाइव जाएँ)।</translation>
    </message>
    <message>
        <source>The shop&apos;s details are not saved yet. Finish going live first.</source>
        <translation>दुकान का विवरण अभी सहेजा नहीं गया है। पहले लाइव जाने की प्रक्रिया पूरी करें।</translation>
    </message>
</context>
<context>
    <name>Finger</name>
    <message>
        <source>Any finger</source>
        <translation>कोई भी उंगली</translation>
    </message>
    <message>
        <source>Right thumb</source>
        <translation>दायाँ अंगूठा</translation>
    </message>
    <message>
        <source>Right index finger</source>
        <translation>दाईं तर्जनी</translation>
    </message>
    <message>
        <source>Right middle finger</source>
        <translation>दाईं मध्यमा</translation>
    </message>
    <message>
        <source>Right ring finger</source>
        <translation>दाईं अनामिका</translation>
    </message>
    <message>
        <source>Right little finger</source>
        <translation>दाईं छोटी उंगली</translation>
    </message>
    <message>
        <source>Left thumb</source>
        <translation>बायाँ अंगूठा</translation>
    </message>
    <message>
        <source>Left index finger</source>
        <translation>बाईं तर्जनी</translation>
    </message>
    <message>
        <source>Left middle finger</source>
        <translation>बाईं मध्यमा</translation>
    </message>
    <message>
        <source>Left ring finger</source>
        <translation>बाईं अनामिका</translation>
    </message>
    <message>
        <source>Left little finger</source>
        <translation>बाईं छोटी उंगली</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>The export file could not be written. Choose another folder and try again.</source>
        <translation>एक्सपोर्ट फ़ाइल नहीं लिखी जा सकी। कोई दूसरा फ़ोल्डर चुनें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>The transaction journal %1 is damaged. Do not delete it: copy it for support and contact your distributor before starting transactions.</source>
        <translation>लेन-देन जर्नल %1 खराब हो गया है। इसे डिलीट न करें: सपोर्ट के लिए इसकी कॉपी बनाएं और लेन-देन शुरू करने से पहले अपने डिस्ट्रीब्यूटर से संपर्क करें।</translation>
    </message>
    <message>
        <source>The transaction journal cannot be stored safely on this drive. Move Saathi&apos;s data folder to the computer&apos;s internal disk.</source>
        <translation>इस ड्राइव पर लेन-देन जर्नल सुरक्षित नहीं रखा जा सकता। Saathi का डेटा फ़ोल्डर कंप्यूटर की अंदरूनी डिस्क पर ले जाएं।</translation>
    </message>
    <message>
        <source>The transaction journal %1 cannot be opened. Check that the disk is not full and the folder is writable, then restart Saathi.</source>
        <translation>लेन-देन जर्नल %1 नहीं खुल सका। देखें कि डिस्क भरी न हो और फ़ोल्डर में लिखा जा सके, फिर Saathi रीस्टार्ट करें।</translation>
    </message>
    <message>
        <source>The transaction journal could not be upgraded. Keep the file and contact support before starting transactions.</source>
        <translation>लेन-देन जर्नल अपग्रेड नहीं हो सका। फ़ाइल संभालकर रखें और लेन-देन शुरू करने से पहले सपोर्ट से संपर्क करें।</translation>
    </message>
    <message>
        <source>The transaction journal was written by a newer version of Saathi. Install that version again.</source>
        <translation>लेन-देन जर्नल Saathi के नए वर्ज़न ने लिखा है। वही वर्ज़न फिर से इंस्टॉल करें।</translation>
    </message>
    <message>
        <source>The transaction journal is not open. Restart Saathi.</source>
        <translation>लेन-देन जर्नल खुला नहीं है। Saathi रीस्टार्ट करें।</translation>
    </message>
    <message>
        <source>The transaction details are incomplete, so nothing was sent. Check the form and try again.</source>
        <translation>लेन-देन की जानकारी अधूरी है, इसलिए कुछ नहीं भेजा गया। फ़ॉर्म जांचें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>This form was already submitted with different details. Start a new transaction.</source>
        <translation>यह फ़ॉर्म पहले ही अलग जानकारी के साथ भेजा जा चुका है। नया लेन-देन शुरू करें।</translation>
    </message>
    <message>
        <source>This transaction reference is already in use. Start a new transaction.</source>
        <translation>यह लेन-देन रेफ़रेंस पहले से इस्तेमाल में है। नया लेन-देन शुरू करें।</translation>
    </message>
    <message>
        <source>This transaction was already sent. Wait for its result in the history instead of sending it again.</source>
        <translation>यह लेन-देन पहले ही भेजा जा चुका है। इसे दोबारा भेजने के बजाय हिस्ट्री में इसके नतीजे का इंतज़ार करें।</translation>
    </message>
    <message>
        <source>A late answer disagreed with the recorded result and was ignored. The history shows the confirmed result.</source>
        <translation>देर से आया एक जवाब दर्ज नतीजे से मेल नहीं खाता था, इसलिए उसे नज़रअंदाज़ किया गया। हिस्ट्री में पक्का नतीजा दिख रहा है।</translation>
    </message>
    <message>
        <source>This transaction was updated elsewhere at the same time. Open the history to see its result.</source>
        <translation>यह लेन-देन उसी समय कहीं और अपडेट हुआ। नतीजा देखने के लिए हिस्ट्री खोलें।</translation>
    </message>
    <message>
        <source>No transaction with this reference is in the journal.</source>
        <translation>इस रेफ़रेंस का कोई लेन-देन जर्नल में नहीं है।</translation>
    </message>
    <message>
        <source>Cash withdrawal</source>
        <translation>नकद निकासी</translation>
    </message>
    <message>
        <source>Aadhaar Pay</source>
        <translation>आधार पे</translation>
    </message>
    <message>
        <source>Money transfer</source>
        <translation>मनी ट्रांसफ़र</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>रिफ़ंड</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>सेटलमेंट</translation>
    </message>
    <message>
        <source>Balance enquiry</source>
        <translation>बैलेंस जानकारी</translation>
    </message>
    <message>
        <source>Mini statement</source>
        <translation>मिनी स्टेटमेंट</translation>
    </message>
    <message>
        <source>Pending — checking with the bank</source>
        <translation>पेंडिंग — बैंक से जांच हो रही है</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>सफल</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>असफल</translation>
    </message>
    <message>
        <source>Not sent — no money moved</source>
        <translation>नहीं भेजा गया — पैसा नहीं कटा</translation>
    </message>
    <message>
        <source>Refund pending</source>
        <translation>रिफ़ंड पेंडिंग</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>रिफ़ंड हो गया</translation>
    </message>
    <message>
        <source>The transaction journal could not be read or written. Check that the disk is not full, then restart Saathi.</source>
        <translation>लेन-देन जर्नल पढ़ा या लिखा नहीं जा सका। देखें कि डिस्क भरी न हो, फिर Saathi रीस्टार्ट करें।</translation>
    </message>
    <message>
        <source>The transaction journal %1 belongs to the %2 environment, not to %3. Saathi keeps one journal per environment: switch back to %2, or open the %3 journal.</source>
        <translation>लेन-देन जर्नल %1, %2 परिवेश का है, %3 का नहीं। साथी हर परिवेश का अलग जर्नल रखता है: वापस %2 पर जाएँ, या %3 का जर्नल खोलें।</translation>
    </message>
    <message>
        <source>The transaction journal %1 holds transactions from before Saathi kept one journal per environment, so it cannot be used as the %2 journal. Saathi moves its transactions into each environment&apos;s journal when it starts (or run saathi-cli journal migrate); open the %2 journal instead.</source>
        <translation>लेन-देन जर्नल %1 में उस समय के लेन-देन हैं जब साथी हर परिवेश का अलग जर्नल नहीं रखता था, इसलिए इसे %2 जर्नल की तरह नहीं खोला जा सकता। साथी शुरू होते समय इसके लेन-देन हर परिवेश के जर्नल में ले जाता है (या saathi-cli journal migrate चलाएँ); इसकी जगह %2 जर्नल खोलें।</translation>
    </message>
    <message>
        <source>This transaction is for the %1 environment, but the open journal belongs to %2. Nothing was sent. Restart Saathi in the %1 environment.</source>
        <translation>यह लेन-देन %1 परिवेश का है, पर खुला जर्नल %2 का है। कुछ नहीं भेजा गया। साथी को %1 परिवेश में फिर से शुरू करें।</translation>
    </message>
    <message>
        <source>This transaction would go to Eko&apos;s %1 server, but the open journal belongs to %2. Nothing was sent. Check the environment in Settings.</source>
        <translation>यह लेन-देन Eko के %1 सर्वर पर जाता, पर खुला जर्नल %2 का है। कुछ नहीं भेजा गया। सेटिंग्स में परिवेश जाँचें।</translation>
    </message>
    <message>
        <source>The disk is full: free some disk space, then try again. Saathi sends nothing it cannot first save in the transaction journal.</source>
        <translation>डिस्क भर गई है: कुछ जगह खाली करें, फिर दोबारा कोशिश करें। जो लेन-देन पहले लेन-देन जर्नल में सहेजा न जा सके, साथी उसे नहीं भेजता।</translation>
    </message>
    <message>
        <source>Saved as pending: free some disk space. The disk is full, so the answer could not be saved. Do not repeat this transaction and do not give cash now; Saathi checks it with Eko once there is space.</source>
        <translation>लंबित के रूप में सहेजा गया: कुछ डिस्क जगह खाली करें। डिस्क भरी होने के कारण जवाब सहेजा नहीं जा सका। यह लेन-देन दोबारा न करें और अभी नकद न दें; जगह होते ही साथी इसे Eko से जाँच लेगा।</translation>
    </message>
</context>
<context>
    <name>JournalReceipts</name>
    <message>
        <source>There is no transaction with reference %1 in the journal.</source>
        <translation>जर्नल में रेफ़रेंस %1 का कोई लेन-देन नहीं है।</translation>
    </message>
    <message>
        <source>%1 is a settlement: it has no customer receipt.</source>
        <translation>%1 एक सेटलमेंट है: इसकी कोई ग्राहक रसीद नहीं होती।</translation>
    </message>
</context>
<context>
    <name>PracticeScenario</name>
    <message>
        <source>A fingerprint that does not match</source>
        <translation>फ़िंगरप्रिंट जो मेल नहीं खाता</translation>
    </message>
    <message>
        <source>A bank that is down</source>
        <translation>बैंक जो बंद पड़ा है</translation>
    </message>
    <message>
        <source>A withdrawal that stays pending</source>
        <translation>निकासी जो लंबित रहती है</translation>
    </message>
    <message>
        <source>A money transfer in three parts</source>
        <translation>तीन हिस्सों में मनी ट्रांसफ़र</translation>
    </message>
    <message>
        <source>A money-transfer refund</source>
        <translation>मनी ट्रांसफ़र का रिफ़ंड</translation>
    </message>
    <message>
        <source>Practice: make a cash withdrawal of %1. The bank will say the finger does not match: clean the finger and try once more.</source>
        <translation>अभ्यास: %1 की नकद निकासी करें। बैंक कहेगा कि उँगली मेल नहीं खाती: उँगली साफ़ करें और एक बार फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>Practice: make a cash withdrawal of %1. The bank will not complete it: see what the counter tells you to do.</source>
        <translation>अभ्यास: %1 की नकद निकासी करें। बैंक इसे पूरा नहीं करेगा: देखें कि काउंटर आपसे क्या करने को कहता है।</translation>
    </message>
    <message>
        <source>Practice: make a cash withdrawal of %1. It stays pending: do not make it again; go home and press Check again.</source>
        <translation>अभ्यास: %1 की नकद निकासी करें। यह लंबित रहेगी: इसे दोबारा न करें; होम पर जाएँ और &quot;फिर से जाँचें&quot; दबाएँ।</translation>
    </message>
    <message>
        <source>Practice: in Money Transfer, send %1 from sender %2 to the listed recipient. The counter splits it into 3 transfers.</source>
        <translation>अभ्यास: मनी ट्रांसफ़र में भेजने वाले %2 से सूची वाले प्राप्तकर्ता को %1 भेजें। काउंटर इसे 3 ट्रांसफ़र में बाँटता है।</translation>
    </message>
    <message>
        <source>Practice: in Money Transfer, send %1 from sender %2. The bank fails it: refund it with the customer&apos;s OTP %3.</source>
        <translation>अभ्यास: मनी ट्रांसफ़र में भेजने वाले %2 से %1 भेजें। बैंक इसे विफल करेगा: ग्राहक के OTP %3 से इसका रिफ़ंड करें।</translation>
    </message>
    <message>
        <source>Three failed fingers in a row: NPCI may block this Aadhaar for the day. Next time, after a failure clean the finger and the device or use another finger, and stop after two failures.</source>
        <translation>लगातार तीन बार उँगली विफल हुई: NPCI इस आधार को आज के लिए रोक सकता है। अगली बार, विफल होने पर उँगली और डिवाइस साफ़ करें या दूसरी उँगली लें, और दो बार विफल होने के बाद रुक जाएँ।</translation>
    </message>
    <message>
        <source>Done right: the finger did not match, you tried again with care and it went through.</source>
        <translation>सही किया: उँगली मेल नहीं खाई, आपने ध्यान से फिर कोशिश की और लेनदेन हो गया।</translation>
    </message>
    <message>
        <source>The bank was down and the withdrawal was tried again. Next time, tell the customer no money moved and try later or with another bank.</source>
        <translation>बैंक बंद था और निकासी फिर से की गई। अगली बार ग्राहक को बताएँ कि कोई पैसा नहीं कटा, और बाद में या किसी दूसरे बैंक से कोशिश करें।</translation>
    </message>
    <message>
        <source>Done right: the bank did not complete it, so no money moved. Give no cash; give the receipt and try later or with another bank.</source>
        <translation>सही किया: बैंक ने इसे पूरा नहीं किया, इसलिए कोई पैसा नहीं कटा। नकद न दें; रसीद दें और बाद में या किसी दूसरे बैंक से कोशिश करें।</translation>
    </message>
    <message>
        <source>A new withdrawal was made while the first was pending: the customer could be paid twice. Next time wait and press Check again on the home screen.</source>
        <translation>पहली निकासी लंबित रहते हुए नई निकासी की गई: ग्राहक को दो बार भुगतान हो सकता है। अगली बार रुकें और होम स्क्रीन पर &quot;फिर से जाँचें&quot; दबाएँ।</translation>
    </message>
    <message>
        <source>Done right: you did not repeat it and checked again; the bank confirmed it once. Now pay the cash and give the receipt.</source>
        <translation>सही किया: आपने इसे दोबारा नहीं किया और फिर से जाँचा; बैंक ने एक बार पुष्टि की। अब नकद दें और रसीद दें।</translation>
    </message>
    <message>
        <source>Done right: you did not repeat it; the bank&apos;s final answer is failed, so no money moved.</source>
        <translation>सही किया: आपने इसे दोबारा नहीं किया; बैंक का अंतिम उत्तर विफल है, इसलिए कोई पैसा नहीं कटा।</translation>
    </message>
    <message>
        <source>A part of the transfer failed. Next time tell the customer how much went and send the rest again.</source>
        <translation>ट्रांसफ़र का एक हिस्सा विफल हुआ। अगली बार ग्राहक को बताएँ कि कितना गया, और बाकी फिर से भेजें।</translation>
    </message>
    <message>
        <source>Done right: %1 went as %2 transfers, each with its own reference on the receipt.</source>
        <translation>सही किया: %1, %2 ट्रांसफ़र में गए, रसीद पर हर एक का अपना संदर्भ है।</translation>
    </message>
    <message>
        <source>Done right: the failed transfer was refunded with the customer&apos;s OTP; the money is back in your wallet. Pay the customer back in cash.</source>
        <translation>सही किया: विफल ट्रांसफ़र का रिफ़ंड ग्राहक के OTP से हुआ; पैसा आपके वॉलेट में वापस आ गया। ग्राहक को नकद लौटाएँ।</translation>
    </message>
    <message>
        <source>A bank the Aadhaar is not linked to</source>
        <translation>ऐसा बैंक जिससे आधार जुड़ा नहीं है</translation>
    </message>
    <message>
        <source>A bank limit used up today</source>
        <translation>आज बैंक की सीमा पूरी हो चुकी</translation>
    </message>
    <message>
        <source>Five withdrawals a day</source>
        <translation>एक दिन में पाँच निकासी</translation>
    </message>
    <message>
        <source>A weak fingerprint capture</source>
        <translation>कमज़ोर फ़िंगरप्रिंट कैप्चर</translation>
    </message>
    <message>
        <source>Your own finger fails twice</source>
        <translation>आपकी अपनी उँगली दो बार विफल</translation>
    </message>
    <message>
        <source>Practice: the customer with Aadhaar %1 says their bank is %2. Make a cash withdrawal of %3 at %2: the bank answers &quot;not linked&quot;. Start again: the form now warns before the finger. Ask the customer which bank their Aadhaar is linked to (%4) and choose it.</source>
        <translation>अभ्यास: आधार %1 वाले ग्राहक कहते हैं कि उनका बैंक %2 है। %2 पर %3 की नकद निकासी करें: बैंक &quot;लिंक नहीं है&quot; जवाब देगा। फिर से शुरू करें: अब फ़ॉर्म उँगली से पहले चेतावनी देता है। ग्राहक से पूछें कि उनका आधार किस बैंक से जुड़ा है (%4) और वही चुनें।</translation>
    </message>
    <message>
        <source>Practice: make a cash withdrawal of %1 for Aadhaar %2 at %3: the bank answers that the customer&apos;s limit is used up. Start again with %4: the form warns while %3 is chosen today. Choose another bank of the customer&apos;s, or ask them to come back tomorrow.</source>
        <translation>अभ्यास: आधार %2 के लिए %3 पर %1 की नकद निकासी करें: बैंक जवाब देगा कि ग्राहक की सीमा पूरी हो चुकी है। %4 के साथ फिर से शुरू करें: आज %3 चुनने पर फ़ॉर्म चेतावनी देता है। ग्राहक का कोई दूसरा बैंक चुनें, या उन्हें कल आने को कहें।</translation>
    </message>
    <message>
        <source>Practice: make cash withdrawals of %1 for the same customer until the counter stops one before the finger: NPCI allows 5 a day per customer at a counter.</source>
        <translation>अभ्यास: उसी ग्राहक के लिए %1 की नकद निकासी तब तक करें जब तक काउंटर किसी एक को उँगली से पहले रोक न दे: NPCI एक काउंटर पर हर ग्राहक को दिन में 5 निकासी की अनुमति देता है।</translation>
    </message>
    <message>
        <source>Practice: make a cash withdrawal of %1. The first capture is too weak and is not sent: follow the coach (clean, dry finger pressed flat, or another finger) and capture again.</source>
        <translation>अभ्यास: %1 की नकद निकासी करें। पहला कैप्चर बहुत कमज़ोर है और भेजा नहीं जाता: कोच की सलाह मानें (साफ़, सूखी उँगली सपाट दबाएँ, या दूसरी उँगली) और फिर से कैप्चर करें।</translation>
    </message>
    <message>
        <source>Practice: make a cash withdrawal of %1. The bank asks for your daily login again, and your finger fails twice: read the warning, run the device test capture, then log in.</source>
        <translation>अभ्यास: %1 की नकद निकासी करें। बैंक फिर से आपका दैनिक लॉगिन माँगता है, और आपकी उँगली दो बार विफल होती है: चेतावनी पढ़ें, डिवाइस का टेस्ट कैप्चर चलाएँ, फिर लॉगिन करें।</translation>
    </message>
    <message>
        <source>The bank had answered &quot;not linked&quot; and the counter warned you, yet the same bank was tried again. Next time ask which bank the Aadhaar is linked to and choose that one.</source>
        <translation>बैंक ने &quot;लिंक नहीं है&quot; जवाब दिया था और काउंटर ने आपको चेतावनी दी थी, फिर भी वही बैंक दोबारा आज़माया गया। अगली बार पूछें कि आधार किस बैंक से जुड़ा है और वही चुनें।</translation>
    </message>
    <message>
        <source>Done right: after &quot;not linked&quot; you chose the bank the customer&apos;s Aadhaar is linked to, and it went through. The counter now suggests that bank for them.</source>
        <translation>सही किया: &quot;लिंक नहीं है&quot; के बाद आपने वह बैंक चुना जिससे ग्राहक का आधार जुड़ा है, और लेन-देन हो गया। अब काउंटर इस ग्राहक के लिए वही बैंक सुझाता है।</translation>
    </message>
    <message>
        <source>The bank had said the customer&apos;s limit is used up today, yet it was tried again. Next time choose another bank of the customer&apos;s, or ask them to come back tomorrow.</source>
        <translation>बैंक ने कहा था कि ग्राहक की आज की सीमा पूरी हो चुकी है, फिर भी दोबारा कोशिश की गई। अगली बार ग्राहक का कोई दूसरा बैंक चुनें, या उन्हें कल आने को कहें।</translation>
    </message>
    <message>
        <source>Done right: the limit at that bank was used up for today, so you chose another bank of the customer&apos;s and it went through.</source>
        <translation>सही किया: उस बैंक की आज की सीमा पूरी हो चुकी थी, इसलिए आपने ग्राहक का दूसरा बैंक चुना और लेन-देन हो गया।</translation>
    </message>
    <message>
        <source>Done right: the counter stopped the 6th withdrawal before the finger. Tell the customer they can withdraw again tomorrow.</source>
        <translation>सही किया: काउंटर ने छठी निकासी को उँगली से पहले रोक दिया। ग्राहक को बताएँ कि वे कल फिर से निकासी कर सकते हैं।</translation>
    </message>
    <message>
        <source>Done right: the weak capture was never sent; you followed the coach, captured again and it went through.</source>
        <translation>सही किया: कमज़ोर कैप्चर कभी भेजा नहीं गया; आपने कोच की सलाह मानी, फिर से कैप्चर किया और लेन-देन हो गया।</translation>
    </message>
    <message>
        <source>Your own finger failed three times in a row: NPCI blocks the agent. Next time, after two failures, run the device test capture before you try again.</source>
        <translation>आपकी अपनी उँगली लगातार तीन बार विफल हुई: NPCI एजेंट को ब्लॉक कर देता है। अगली बार, दो विफलताओं के बाद, फिर से कोशिश करने से पहले डिवाइस का टेस्ट कैप्चर चलाएँ।</translation>
    </message>
    <message>
        <source>Done right: after two failures you tested the device first, and the login went through. The count of failures starts again.</source>
        <translation>सही किया: दो विफलताओं के बाद आपने पहले डिवाइस की जाँच की, और लॉगिन हो गया। विफलताओं की गिनती फिर से शुरू होती है।</translation>
    </message>
    <message>
        <source>Done right: the login went through after two failures. The count of failures starts again.</source>
        <translation>सही किया: दो विफलताओं के बाद लॉगिन हो गया। विफलताओं की गिनती फिर से शुरू होती है।</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>The answer classes file could not be used; the built-in rules stay in use. Check the file named in the settings.</source>
        <translation>जवाबों के वर्गीकरण की फ़ाइल इस्तेमाल नहीं हो सकी; पहले से बने नियम ही लागू रहेंगे। सेटिंग्स में दी गई फ़ाइल जाँचें।</translation>
    </message>
    <message>
        <source>This customer has already made %1 cash withdrawals at this counter today, the most NPCI allows. They can withdraw again tomorrow.</source>
        <translation>यह ग्राहक आज इस काउंटर पर पहले ही %1 बार कैश निकाल चुके हैं, जो NPCI की अधिकतम सीमा है। वे कल फिर से कैश निकाल सकते हैं।</translation>
    </message>
    <message>
        <source>Earlier today this bank answered that the customer&apos;s limit is used up. Choose another bank of the customer&apos;s, or ask them to come back tomorrow.</source>
        <translation>आज पहले इस बैंक ने जवाब दिया था कि ग्राहक की सीमा पूरी हो चुकी है। ग्राहक का कोई दूसरा बैंक चुनें, या उन्हें कल आने को कहें।</translation>
    </message>
    <message>
        <source>Your one-time eKYC is not done. Complete the eKYC first, then serve the customer.</source>
        <translation>आपका एक बार का eKYC नहीं हुआ है। पहले eKYC पूरा करें, फिर ग्राहक का काम करें।</translation>
    </message>
    <message>
        <source>Today&apos;s daily login is not done. Do the daily login with your own finger first, then serve the customer.</source>
        <translation>आज का दैनिक लॉगिन नहीं हुआ है। पहले अपनी उंगली से दैनिक लॉगिन करें, फिर ग्राहक का काम करें।</translation>
    </message>
    <message>
        <source>The most for one transaction is %1. Lower the amount.</source>
        <translation>एक लेन-देन में अधिकतम %1 हो सकते हैं। राशि कम करें।</translation>
    </message>
    <message>
        <source>The customer can send only %1 more this month. Lower the amount.</source>
        <translation>ग्राहक इस महीने केवल %1 और भेज सकते हैं। राशि कम करें।</translation>
    </message>
    <message>
        <source>Last time this bank answered that the customer&apos;s Aadhaar is not linked to it. Ask the customer which bank their Aadhaar is linked to and choose that bank.</source>
        <translation>पिछली बार इस बैंक ने जवाब दिया था कि ग्राहक का आधार इससे जुड़ा नहीं है। ग्राहक से पूछें कि उनका आधार किस बैंक से जुड़ा है और वही बैंक चुनें।</translation>
    </message>
    <message>
        <source>Last time this bank answered that the customer&apos;s Aadhaar is not linked to it; %1 worked for this customer before. Choose the bank their Aadhaar is linked to.</source>
        <translation>पिछली बार इस बैंक ने जवाब दिया था कि ग्राहक का आधार इससे जुड़ा नहीं है; इस ग्राहक के लिए पहले %1 से काम हुआ था। वही बैंक चुनें जिससे उनका आधार जुड़ा है।</translation>
    </message>
    <message>
        <source>The counter cannot recognise this customer (a VID, or no keychain), so it did not check their withdrawals today or their bank&apos;s last answer. The bank checks its own limits.</source>
        <translation>काउंटर इस ग्राहक को पहचान नहीं सकता (VID, या कीचेन नहीं), इसलिए उसने आज की निकासी या उनके बैंक का पिछला जवाब नहीं जाँचा। बैंक अपनी सीमाएँ खुद जाँचता है।</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The file could not be written. Choose another folder.</source>
        <translation>फ़ाइल लिखी नहीं जा सकी। कोई दूसरा फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>The file could not be saved. Check the free space.</source>
        <translation>फ़ाइल सेव नहीं हो सकी। डिस्क में खाली जगह जाँचें।</translation>
    </message>
</context>
<context>
    <name>QualityGate</name>
    <message>
        <source>Quality %1 of the %2 needed.</source>
        <translation>क्वालिटी %1, जबकि %2 चाहिए।</translation>
    </message>
    <message>
        <source>Fingerprint points %1 of the %2 needed.</source>
        <translation>फ़िंगरप्रिंट पॉइंट %1, जबकि %2 चाहिए।</translation>
    </message>
    <message>
        <source>Clean and dry the finger, then press it flat on the scanner and hold it still until the capture ends.</source>
        <translation>उंगली साफ़ करके सुखाएँ, फिर उसे स्कैनर पर सीधी दबाकर रखें और कैप्चर पूरा होने तक हिलाएँ नहीं।</translation>
    </message>
    <message>
        <source>Try another finger: clean and dry it, press it flat and hold it still.</source>
        <translation>दूसरी उंगली आज़माएँ: उसे साफ़ करके सुखाएँ, सीधी दबाकर रखें और हिलाएँ नहीं।</translation>
    </message>
    <message>
        <source>Try another finger: %1. Clean and dry it, press it flat and hold it still.</source>
        <translation>दूसरी उंगली आज़माएँ: %1। उसे साफ़ करके सुखाएँ, सीधी दबाकर रखें और हिलाएँ नहीं।</translation>
    </message>
    <message>
        <source>The fingerprint was not clear enough, so it was not sent.</source>
        <translation>फ़िंगरप्रिंट साफ़ नहीं आया, इसलिए उसे भेजा नहीं गया।</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>TRAINING — NOT A REAL TRANSACTION</source>
        <translation>ट्रेनिंग — यह असली लेन-देन नहीं है</translation>
    </message>
    <message>
        <source>SUCCESS</source>
        <translation>सफल</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>असफल</translation>
    </message>
    <message>
        <source>FAILED — REVERSED</source>
        <translation>असफल — रिवर्स हो गया</translation>
    </message>
    <message>
        <source>PENDING — WE ARE CHECKING</source>
        <translation>पेंडिंग — हम जाँच रहे हैं</translation>
    </message>
    <message>
        <source>Date &amp; time</source>
        <translation>तारीख और समय</translation>
    </message>
    <message>
        <source>Bank time</source>
        <translation>बैंक का समय</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>बैंक</translation>
    </message>
    <message>
        <source>Aadhaar</source>
        <translation>आधार</translation>
    </message>
    <message>
        <source>Customer mobile</source>
        <translation>ग्राहक का मोबाइल</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>A/c balance</source>
        <translation>खाता बैलेंस</translation>
    </message>
    <message>
        <source>RRN</source>
        <translation>RRN</translation>
    </message>
    <message>
        <source>STAN</source>
        <translation>STAN</translation>
    </message>
    <message>
        <source>Eko TID</source>
        <translation>Eko TID</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>रेफ़रेंस</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>टर्मिनल</translation>
    </message>
    <message>
        <source>Agent code</source>
        <translation>एजेंट कोड</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>एजेंट</translation>
    </message>
    <message>
        <source>The result is not known yet; we are checking with the bank. Do not repeat this transaction.</source>
        <translation>नतीजा अभी पता नहीं है; हम बैंक से जांच कर रहे हैं। यह लेन-देन दोबारा न करें।</translation>
    </message>
    <message>
        <source>If the account was debited, the bank must reverse it by %1.</source>
        <translation>अगर खाते से पैसा कटा है, तो बैंक को %1 तक उसे वापस करना होगा।</translation>
    </message>
    <message>
        <source>No cash was given. If the account was debited, the bank must reverse it by %1.</source>
        <translation>कोई नकद नहीं दिया गया। अगर खाते से पैसा कटा है, तो बैंक को %1 तक उसे वापस करना होगा।</translation>
    </message>
    <message>
        <source>AePS %1</source>
        <translation>AePS %1</translation>
    </message>
    <message>
        <source>Date   Dr/Cr        Amount  Narration</source>
        <translation>तारीख  नामे/जमा        राशि  विवरण</translation>
    </message>
    <message>
        <source>Cr</source>
        <translation>जमा</translation>
    </message>
    <message>
        <source>Dr</source>
        <translation>नामे</translation>
    </message>
    <message>
        <source>Keep this receipt for any dispute.</source>
        <translation>किसी भी विवाद के लिए यह रसीद संभालकर रखें।</translation>
    </message>
    <message>
        <source>FAILED — NOT SENT TO THE BANK</source>
        <translation>असफल — बैंक को नहीं भेजा गया</translation>
    </message>
    <message>
        <source>FAILED — REFUND PENDING</source>
        <translation>असफल — रिफ़ंड पेंडिंग</translation>
    </message>
    <message>
        <source>FAILED — REFUNDED</source>
        <translation>असफल — रिफ़ंड हो गया</translation>
    </message>
    <message>
        <source>MONEY TRANSFER</source>
        <translation>मनी ट्रांसफ़र</translation>
    </message>
    <message>
        <source>NOT ALL SENT</source>
        <translation>पूरा नहीं भेजा गया</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>भेजने वाले</translation>
    </message>
    <message>
        <source>Sender mobile</source>
        <translation>भेजने वाले का मोबाइल</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>पाने वाले</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>खाता</translation>
    </message>
    <message>
        <source>IFSC</source>
        <translation>IFSC</translation>
    </message>
    <message>
        <source>Amount sent</source>
        <translation>भेजी गई राशि</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>फ़ीस</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>ट्रांसफ़र</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 में से %1</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>चैनल</translation>
    </message>
    <message>
        <source>UTR / RRN</source>
        <translation>UTR / RRN</translation>
    </message>
    <message>
        <source>The bank has not confirmed every transfer yet; we are checking with Eko. Do not send it again.</source>
        <translation>बैंक ने अभी सभी ट्रांसफ़र पक्के नहीं किए हैं; हम Eko से जाँच कर रहे हैं। इसे दोबारा न भेजें।</translation>
    </message>
    <message>
        <source>A transfer that failed will be refunded: you receive an OTP; give it to the agent and get the amount and the fee back in cash.</source>
        <translation>जो ट्रांसफ़र असफल हुआ, उसका पैसा वापस होगा: आपको एक OTP मिलेगा; वह एजेंट को दें और राशि व फ़ीस नकद वापस लें।</translation>
    </message>
    <message>
        <source>MONEY TRANSFER REFUND</source>
        <translation>मनी ट्रांसफ़र रिफ़ंड</translation>
    </message>
    <message>
        <source>REFUNDED</source>
        <translation>रिफ़ंड हो गया</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>रिफ़ंड हो गया</translation>
    </message>
    <message>
        <source>Transfer TID</source>
        <translation>ट्रांसफ़र TID</translation>
    </message>
    <message>
        <source>Refund TID</source>
        <translation>रिफ़ंड TID</translation>
    </message>
    <message>
        <source>Transfer ref.</source>
        <translation>ट्रांसफ़र रेफ़.</translation>
    </message>
    <message>
        <source>%1 was returned to the customer in cash.</source>
        <translation>%1 ग्राहक को नकद वापस दिए गए।</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>DUPLICATE</source>
        <translation>प्रतिलिपि</translation>
    </message>
    <message>
        <source>A transfer that failed did not reach the bank and nothing was charged for it: the agent gives its amount back in cash, or sends it again with your consent.</source>
        <translation>जो ट्रांसफ़र असफल हुआ, वह बैंक तक नहीं पहुँचा और उस पर कोई पैसा नहीं कटा: एजेंट उसकी राशि नकद लौटाएगा, या आपकी सहमति से उसे दोबारा भेजेगा।</translation>
    </message>
    <message>
        <source>The refund is not confirmed yet; we are checking with Eko. Do not give the cash back until it is.</source>
        <translation>रिफ़ंड की अभी पुष्टि नहीं हुई है; हम Eko से जाँच रहे हैं। पुष्टि होने तक नकद वापस न दें।</translation>
    </message>
    <message>
        <source>The refund did not go through; no cash was returned. The agent can try the refund again with a new OTP.</source>
        <translation>रिफ़ंड नहीं हो पाया; कोई नकद वापस नहीं दिया गया। एजेंट नए OTP के साथ रिफ़ंड दोबारा कर सकता है।</translation>
    </message>
</context>
<context>
    <name>ReceiptActions</name>
    <message>
        <source>The receipt was sent to the printer.</source>
        <translation>रसीद प्रिंटर को भेज दी गई।</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>रसीद PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the receipt…</source>
        <translation>रसीद सहेजी जा रही है…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>सहेजा गया: %1</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>Choose where to save the receipt.</source>
        <translation>रसीद कहाँ सहेजनी है, चुनें।</translation>
    </message>
    <message>
        <source>The receipt could not be saved there. Choose another folder.</source>
        <translation>रसीद वहाँ सहेजी नहीं जा सकी। कोई दूसरा फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>रसीद %1</translation>
    </message>
    <message>
        <source>The receipt could not be saved: the disk may be full. Free some space or choose another folder.</source>
        <translation>रसीद सहेजी नहीं जा सकी: डिस्क भरी हो सकती है। कुछ जगह खाली करें या कोई दूसरा फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>प्रिंटिंग रद्द कर दी गई।</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; is not installed on this computer. Choose another in Settings.</source>
        <translation>प्रिंटर &quot;%1&quot; इस कंप्यूटर पर नहीं लगा है। सेटिंग्स में कोई दूसरा चुनें।</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>The saved Eko credentials are incomplete. Enter them again in Settings.</source>
        <translation>सेव किए गए Eko क्रेडेंशियल अधूरे हैं। इन्हें सेटिंग्स में फिर से डालें।</translation>
    </message>
    <message>
        <source>No secure keychain is available on this computer, so the credentials cannot be saved. Saathi never keeps them in a plain file. Start the desktop&apos;s keyring (for example GNOME Keyring) and try again.</source>
        <translation>इस कंप्यूटर पर कोई सुरक्षित कीचेन नहीं है, इसलिए क्रेडेंशियल सेव नहीं हो सकते। Saathi इन्हें कभी सादी फ़ाइल में नहीं रखता। डेस्कटॉप का कीरिंग (जैसे GNOME Keyring) चालू करें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock the keyring and try again.</source>
        <translation>कीचेन ने एक्सेस नहीं दिया। कीरिंग अनलॉक करें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>The keychain could not complete the request. Unlock the keyring and try again.</source>
        <translation>कीचेन यह काम पूरा नहीं कर सका। कीरिंग अनलॉक करें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Enter the developer key Eko gave you.</source>
        <translation>Eko द्वारा दी गई डेवलपर कुंजी लिखें।</translation>
    </message>
    <message>
        <source>Enter the access key (authenticator password) Eko gave you.</source>
        <translation>Eko द्वारा दी गई एक्सेस की (ऑथेंटिकेटर पासवर्ड) दर्ज करें।</translation>
    </message>
    <message>
        <source>The initiator ID is the partner&apos;s registered 10-digit mobile number.</source>
        <translation>इनिशिएटर आईडी पार्टनर का पंजीकृत 10 अंकों का मोबाइल नंबर है।</translation>
    </message>
    <message>
        <source>Enter the agent&apos;s user code (8 digits, from onboarding).</source>
        <translation>एजेंट का यूज़र कोड दर्ज करें (8 अंक, ऑनबोर्डिंग से मिला)।</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Developer key</source>
        <translation>डेवलपर कुंजी</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>ऐक्सेस कुंजी</translation>
    </message>
    <message>
        <source>Initiator ID</source>
        <translation>इनिशिएटर आईडी</translation>
    </message>
    <message>
        <source>User code</source>
        <translation>यूज़र कोड</translation>
    </message>
    <message>
        <source>Training mode uses the built-in sandbox; it needs no Eko server settings.</source>
        <translation>ट्रेनिंग मोड में बिल्ट-इन सैंडबॉक्स इस्तेमाल होता है; इसके लिए Eko सर्वर की सेटिंग्स की ज़रूरत नहीं है।</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 8 digits.</source>
        <translation>PIN 4 से 8 अंकों का होना चाहिए।</translation>
    </message>
    <message>
        <source>Eko UAT</source>
        <translation>Eko UAT (परीक्षण)</translation>
    </message>
    <message>
        <source>Eko production</source>
        <translation>Eko प्रोडक्शन</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>प्रशिक्षण</translation>
    </message>
    <message>
        <source>The Eko address is not a valid URL, e.g. https://staging.eko.in/ekoapi.</source>
        <translation>Eko का पता सही URL नहीं है, जैसे https://staging.eko.in/ekoapi।</translation>
    </message>
    <message>
        <source>The Eko address must start with https://. Over plain HTTP anyone on the way could read the customer&apos;s details and change the amount.</source>
        <translation>Eko का पता https:// से शुरू होना चाहिए। सादे HTTP पर रास्ते में कोई भी ग्राहक का विवरण पढ़ सकता है और राशि बदल सकता है।</translation>
    </message>
    <message>
        <source>The extra CA file cannot be read as a PEM certificate.</source>
        <translation>अतिरिक्त CA फ़ाइल PEM प्रमाणपत्र के रूप में नहीं पढ़ी जा सकी।</translation>
    </message>
    <message>
        <source>The Aadhaar public key file cannot be read as an RSA key.</source>
        <translation>आधार पब्लिक की फ़ाइल RSA कुंजी के रूप में नहीं पढ़ी जा सकी।</translation>
    </message>
    <message>
        <source>Key pinning is on, but the endpoint catalogue lists fewer than two pins (spki_pins) for this environment.</source>
        <translation>कुंजी पिनिंग चालू है, लेकिन एंडपॉइंट कैटलॉग में इस परिवेश के लिए दो से कम पिन (spki_pins) हैं।</translation>
    </message>
    <message>
        <source>Choose English or Hindi.</source>
        <translation>अंग्रेज़ी या हिंदी चुनें।</translation>
    </message>
    <message>
        <source>Choose a printer.</source>
        <translation>प्रिंटर चुनें।</translation>
    </message>
    <message>
        <source>Enter the printer&apos;s serial port, for example COM3.</source>
        <translation>प्रिंटर का सीरियल पोर्ट दर्ज करें, जैसे COM3।</translation>
    </message>
    <message>
        <source>Choose a baud rate from the list.</source>
        <translation>सूची से बॉड दर चुनें।</translation>
    </message>
    <message>
        <source>The idle lock must be between 1 and 15 minutes.</source>
        <translation>निष्क्रियता लॉक 1 से 15 मिनट के बीच होना चाहिए।</translation>
    </message>
    <message>
        <source>Set the agent&apos;s PIN before turning on kiosk mode.</source>
        <translation>कियोस्क मोड चालू करने से पहले एजेंट का PIN सेट करें।</translation>
    </message>
    <message>
        <source>A port name has no spaces, for example COM3 or /dev/ttyUSB0.</source>
        <translation>पोर्ट के नाम में खाली जगह नहीं होती, जैसे COM3 या /dev/ttyUSB0।</translation>
    </message>
    <message>
        <source>Choose the folder for the receipts, or ask each time.</source>
        <translation>रसीदों के लिए फ़ोल्डर चुनें, या हर बार पूछें।</translation>
    </message>
    <message>
        <source>That folder does not exist or cannot be written to. Choose another.</source>
        <translation>वह फ़ोल्डर मौजूद नहीं है या उसमें लिखा नहीं जा सकता। कोई दूसरा चुनें।</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>Check and save the Eko credentials first.</source>
        <translation>पहले Eko क्रेडेंशियल जाँचें और सहेजें।</translation>
    </message>
    <message>
        <source>Enter the fingerprint device&apos;s model.</source>
        <translation>फ़िंगरप्रिंट डिवाइस का मॉडल लिखें।</translation>
    </message>
    <message>
        <source>Enter the device&apos;s serial number.</source>
        <translation>डिवाइस का सीरियल नंबर लिखें।</translation>
    </message>
    <message>
        <source>Enter the settlement account number.</source>
        <translation>सेटलमेंट खाता संख्या लिखें।</translation>
    </message>
    <message>
        <source>Choose the shop type.</source>
        <translation>दुकान का प्रकार चुनें।</translation>
    </message>
    <message>
        <source>Enter the house or shop number and street.</source>
        <translation>मकान या दुकान नंबर और गली लिखें।</translation>
    </message>
    <message>
        <source>Enter the city or town.</source>
        <translation>शहर या कस्बा लिखें।</translation>
    </message>
    <message>
        <source>Choose the state.</source>
        <translation>राज्य चुनें।</translation>
    </message>
    <message>
        <source>Choose the document (JPEG or PDF under 1 MB).</source>
        <translation>दस्तावेज़ चुनें (1 MB से छोटी JPEG या PDF)।</translation>
    </message>
    <message>
        <source>Could not read %1. Choose the file again.</source>
        <translation>%1 पढ़ी नहीं जा सकी। फ़ाइल फिर से चुनें।</translation>
    </message>
    <message>
        <source>Enter the first name as on the PAN card.</source>
        <translation>पैन कार्ड के अनुसार पहला नाम लिखें।</translation>
    </message>
    <message>
        <source>Enter the surname only, as on the PAN card.</source>
        <translation>पैन कार्ड के अनुसार केवल उपनाम लिखें।</translation>
    </message>
    <message>
        <source>Enter an email address such as name@example.com.</source>
        <translation>name@example.com जैसा ईमेल पता लिखें।</translation>
    </message>
    <message>
        <source>Enter the date of birth: the agent must be at least 18.</source>
        <translation>जन्म तिथि लिखें: एजेंट की उम्र कम से कम 18 साल होनी चाहिए।</translation>
    </message>
    <message>
        <source>Enter the shop&apos;s name.</source>
        <translation>दुकान का नाम लिखें।</translation>
    </message>
    <message>
        <source>Enter the state.</source>
        <translation>राज्य लिखें।</translation>
    </message>
    <message>
        <source>Eko already has an agent with this mobile number. Choose “I already have a user code” and enter the agent&apos;s code.</source>
        <translation>इस मोबाइल नंबर का एजेंट Eko में पहले से है। “मेरे पास पहले से यूज़र कोड है” चुनें और एजेंट का कोड डालें।</translation>
    </message>
    <message>
        <source>Eko refused the saved credentials (“%1”). Go back and check them again.</source>
        <translation>Eko ने सहेजे गए क्रेडेंशियल अस्वीकार कर दिए (“%1”)। पीछे जाएँ और उन्हें फिर से जाँचें।</translation>
    </message>
    <message>
        <source>Eko did not return a user code. Try again; if it repeats, call Eko.</source>
        <translation>Eko ने यूज़र कोड नहीं भेजा। फिर कोशिश करें; दोबारा हो तो Eko को फ़ोन करें।</translation>
    </message>
    <message>
        <source>Eko created the user code %1, but the keychain did not save it: %2 Write the code down and enter it as “I already have a user code”.</source>
        <translation>Eko ने यूज़र कोड %1 बना दिया, पर कीचेन उसे सहेज नहीं पाया: %2 कोड लिख लें और “मेरे पास पहले से यूज़र कोड है” चुनकर डालें।</translation>
    </message>
    <message>
        <source>The user code has 8 digits, e.g. 20810200.</source>
        <translation>यूज़र कोड 8 अंकों का होता है, जैसे 20810200।</translation>
    </message>
    <message>
        <source>Eko says: “%1”.</source>
        <translation>Eko का संदेश: “%1”।</translation>
    </message>
    <message>
        <source>Choose UAT or production to go live.</source>
        <translation>लाइव होने के लिए UAT या प्रोडक्शन चुनें।</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 minutes away from Eko&apos;s. Set the date and time automatically in Windows, then check again.</source>
        <translation>इस कंप्यूटर की घड़ी Eko की घड़ी से %1 मिनट अलग है। Windows में तारीख और समय अपने-आप सेट होने दें, फिर दोबारा जाँचें।</translation>
    </message>
    <message>
        <source>Check the developer key Eko gave you. A proxy that drops headers with underscores can also cause this.</source>
        <translation>Eko से मिली डेवलपर कुंजी जाँचें। अंडरस्कोर वाले हेडर हटा देने वाला प्रॉक्सी भी इसका कारण हो सकता है।</translation>
    </message>
    <message>
        <source>Check the developer key and the access key, and that this computer&apos;s date and time are set automatically. Eko also refuses a computer whose internet address it has not whitelisted: ask Eko to whitelist this shop&apos;s IP address.</source>
        <translation>डेवलपर कुंजी और एक्सेस कुंजी जाँचें, और देखें कि इस कंप्यूटर की तारीख और समय अपने-आप सेट हैं। जिस कंप्यूटर का इंटरनेट पता Eko ने व्हाइटलिस्ट नहीं किया, उसे भी Eko मना कर देता है: Eko से इस दुकान का IP पता व्हाइटलिस्ट करने को कहें।</translation>
    </message>
    <message>
        <source>Enter the partner&apos;s registered mobile number exactly as Eko has it.</source>
        <translation>पार्टनर का पंजीकृत मोबाइल नंबर ठीक वैसा ही लिखें जैसा Eko के पास है।</translation>
    </message>
    <message>
        <source>Check the user code, or onboard the agent instead.</source>
        <translation>यूज़र कोड जाँचें, या इसकी जगह एजेंट को ऑनबोर्ड करें।</translation>
    </message>
    <message>
        <source>Eko accepted the credentials, but the keychain did not save them: %1</source>
        <translation>Eko ने क्रेडेंशियल स्वीकार कर लिए, पर कीचेन उन्हें सहेज नहीं पाया: %1</translation>
    </message>
    <message>
        <source>Save the agent&apos;s and the shop&apos;s details first.</source>
        <translation>पहले एजेंट और दुकान का विवरण सहेजें।</translation>
    </message>
    <message>
        <source>Save the shop&apos;s location (latitude,longitude) first.</source>
        <translation>पहले दुकान की लोकेशन (अक्षांश,देशांतर) सहेजें।</translation>
    </message>
    <message>
        <source>Onboard the agent (or enter the user code) first.</source>
        <translation>पहले एजेंट को ऑनबोर्ड करें (या यूज़र कोड डालें)।</translation>
    </message>
    <message>
        <source>The counter is not connected to Eko. Restart Saathi.</source>
        <translation>काउंटर Eko से जुड़ा नहीं है। Saathi रीस्टार्ट करें।</translation>
    </message>
    <message>
        <source>AePS (Fingpay)</source>
        <translation>AePS (फ़िंगपे)</translation>
    </message>
    <message>
        <source>AePS fund settlement</source>
        <translation>AePS फ़ंड सेटलमेंट</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>सेवा %1</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>स्वीकृति लंबित</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>अज्ञात</translation>
    </message>
</context>
<context>
    <name>StartupCheck</name>
    <message>
        <source>Eko: checking…</source>
        <translation>Eko: जाँच हो रही है…</translation>
    </message>
    <message>
        <source>Fingerprint device: looking for it…</source>
        <translation>फ़िंगरप्रिंट डिवाइस: खोजा जा रहा है…</translation>
    </message>
    <message>
        <source>Eko: %1 (HTTP %2)</source>
        <translation>Eko: %1 (HTTP %2)</translation>
    </message>
    <message>
        <source>Eko: %1</source>
        <translation>Eko: %1</translation>
    </message>
    <message>
        <source>AePS not activated</source>
        <translation>AePS सक्रिय नहीं है</translation>
    </message>
    <message>
        <source>AePS active</source>
        <translation>AePS सक्रिय है</translation>
    </message>
    <message>
        <source>AePS activation pending</source>
        <translation>AePS सक्रियण लंबित है</translation>
    </message>
    <message>
        <source>AePS deactivated</source>
        <translation>AePS निष्क्रिय किया गया</translation>
    </message>
    <message>
        <source>Eko: connected, %1</source>
        <translation>Eko: जुड़ा हुआ, %1</translation>
    </message>
    <message>
        <source>Fingerprint device: %1 ready (port %2)</source>
        <translation>फ़िंगरप्रिंट डिवाइस: %1 तैयार (पोर्ट %2)</translation>
    </message>
    <message>
        <source>Fingerprint device: %1 is not ready</source>
        <translation>फ़िंगरप्रिंट डिवाइस: %1 तैयार नहीं है</translation>
    </message>
    <message>
        <source>Fingerprint device: not found. Check that it is plugged in and its RD service is running.</source>
        <translation>फ़िंगरप्रिंट डिवाइस: नहीं मिला। जाँचें कि वह लगा हुआ है और उसकी RD सेवा चल रही है।</translation>
    </message>
    <message>
        <source>Agent: eKYC still to do</source>
        <translation>एजेंट: eKYC अभी बाकी है</translation>
    </message>
    <message>
        <source>Agent: today&apos;s login still to do</source>
        <translation>एजेंट: आज का लॉगिन अभी बाकी है</translation>
    </message>
    <message>
        <source>Agent: logged in for today</source>
        <translation>एजेंट: आज के लिए लॉगिन हो चुका है</translation>
    </message>
</context>
<context>
    <name>StrikeGuard</name>
    <message>
        <source>Two fingerprint logins failed in a row. A third failure blocks you with NPCI for the rest of the day.</source>
        <translation>लगातार दो फ़िंगरप्रिंट लॉगिन विफल रहे। तीसरी बार विफल होने पर NPCI आपको आज दिन भर के लिए रोक देगा।</translation>
    </message>
    <message>
        <source>Two fingerprint logins failed in a row. A third failure blocks you with NPCI for the rest of the day. Clean the sensor and your finger, dry the finger and press it flat on the scanner.</source>
        <translation>लगातार दो फ़िंगरप्रिंट लॉगिन विफल रहे। तीसरी बार विफल होने पर NPCI आपको आज दिन भर के लिए रोक देगा। सेंसर और अपनी उंगली साफ़ करें, उंगली सुखाएँ और उसे स्कैनर पर सीधा दबाएँ।</translation>
    </message>
    <message>
        <source>Two fingerprint logins failed in a row. A third failure blocks you with NPCI for the rest of the day. Test the device first (device wizard, Test capture): the test must pass the quality check before you try again.</source>
        <translation>लगातार दो फ़िंगरप्रिंट लॉगिन विफल रहे। तीसरी बार विफल होने पर NPCI आपको आज दिन भर के लिए रोक देगा। पहले डिवाइस टेस्ट करें (फ़िंगरप्रिंट डिवाइस, टेस्ट कैप्चर): दोबारा कोशिश करने से पहले टेस्ट का गुणवत्ता जाँच में पास होना ज़रूरी है।</translation>
    </message>
</context>
<context>
    <name>StuckMoney</name>
    <message>
        <source>Your %1 of %2 went through on %3: pay the cash.</source>
        <translation>आपके %2 के %1 का लेनदेन %3 को पूरा हुआ: नकद दें।</translation>
    </message>
    <message>
        <source>Your %1 of %2 reached the recipient on %3.</source>
        <translation>आपके %2 के %1 पाने वाले को %3 को मिल गए।</translation>
    </message>
    <message>
        <source>Your %1 of %2 went through on %3.</source>
        <translation>आपके %2 के %1 का लेनदेन %3 को पूरा हुआ।</translation>
    </message>
    <message>
        <source>Your %1 of %2 was refunded on %3.</source>
        <translation>आपके %2 के %1 %3 को रिफ़ंड हो गए।</translation>
    </message>
    <message>
        <source>Your %1 of %2 never reached the bank (checked on %3): no money moved.</source>
        <translation>आपके %2 के %1 का लेनदेन बैंक तक नहीं पहुँचा (%3 को जाँचा): कोई पैसा नहीं कटा।</translation>
    </message>
    <message>
        <source>Your %1 of %2 was reversed on %3.</source>
        <translation>आपके %2 के %1 %3 को वापस हो गए।</translation>
    </message>
    <message>
        <source>Your %1 of %2 failed. If your account was debited, the bank had to return it by %3 and now owes %4 compensation: give the claim slip.</source>
        <translation>आपके %2 के %1 का लेनदेन विफल रहा। यदि खाते से पैसा कटा था, तो बैंक को %3 तक लौटाना था और अब %4 मुआवज़ा देना है: दावा पर्ची दें।</translation>
    </message>
    <message>
        <source>Your %1 of %2 failed. If your account was debited, the bank must return it by %3.</source>
        <translation>आपके %2 के %1 का लेनदेन विफल रहा। यदि खाते से पैसा कटा था, तो बैंक को %3 तक लौटाना होगा।</translation>
    </message>
    <message>
        <source>Your %1 of %2 is still being checked: %3 days past the deadline of %4, %5 compensation due.</source>
        <translation>आपके %2 के %1 की जाँच अभी जारी है: %4 की अंतिम तिथि से %3 दिन ऊपर, %5 मुआवज़ा बनता है।</translation>
    </message>
    <message>
        <source>Your %1 of %2 is still being checked: day %3 of %4, due back by %5.</source>
        <translation>आपके %2 के %1 की जाँच अभी जारी है: %4 में से दिन %3, %5 तक वापसी।</translation>
    </message>
    <message>
        <source>Final on %1</source>
        <translation>%1 को अंतिम</translation>
    </message>
    <message>
        <source>Overdue %1 days: %2 compensation due</source>
        <translation>%1 दिन की देरी: %2 मुआवज़ा बनता है</translation>
    </message>
    <message>
        <source>Day %1 of %2 · due back by %3</source>
        <translation>%2 में से दिन %1 · %3 तक वापसी</translation>
    </message>
    <message>
        <source>There is no transaction with reference %1 in the journal.</source>
        <translation>जर्नल में संदर्भ %1 का कोई लेनदेन नहीं है।</translation>
    </message>
    <message>
        <source>%1 needs no claim slip: it is %2, so the customer&apos;s money is not stuck.</source>
        <translation>%1 के लिए दावा पर्ची नहीं चाहिए: यह %2 है, इसलिए ग्राहक का पैसा अटका नहीं है।</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>जन॰</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>फ़र॰</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>मार्च</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>अप्रैल</translation>
    </message>
    <message>
        <source>May</source>
        <translation>मई</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>जून</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>जुल॰</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>अग॰</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>सित॰</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>अक्तू॰</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>नव॰</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>दिस॰</translation>
    </message>
</context>
<context>
    <name>SupportBundle</name>
    <message>
        <source>The support file could not be saved there. Choose another folder, or free some disk space.</source>
        <translation>सहायता फ़ाइल वहाँ सहेजी नहीं जा सकी। कोई दूसरा फ़ोल्डर चुनें, या डिस्क में कुछ जगह खाली करें।</translation>
    </message>
</context>
<context>
    <name>Till</name>
    <message>
        <source>No shift is open at the till. Open one with the cash in the drawer first.</source>
        <translation>टिल पर कोई शिफ़्ट खुली नहीं है। पहले दराज़ की नकदी के साथ शिफ़्ट खोलें।</translation>
    </message>
    <message>
        <source>A shift is already open at the till (%1). Close it or hand it over first.</source>
        <translation>टिल पर एक शिफ़्ट पहले से खुली है (%1)। पहले उसे बंद करें या सौंपें।</translation>
    </message>
    <message>
        <source>Enter an amount other than zero.</source>
        <translation>शून्य के अलावा कोई राशि डालें।</translation>
    </message>
    <message>
        <source>Enter the cash as zero or more rupees.</source>
        <translation>नकदी शून्य या उससे अधिक रुपये में डालें।</translation>
    </message>
    <message>
        <source>Give a reason, in at most 200 characters.</source>
        <translation>कारण लिखें, अधिकतम 200 अक्षरों में।</translation>
    </message>
    <message>
        <source>Give the operator&apos;s name, in at most 60 characters.</source>
        <translation>ऑपरेटर का नाम लिखें, अधिकतम 60 अक्षरों में।</translation>
    </message>
    <message>
        <source>An operator named %1 is already set up. Choose another name.</source>
        <translation>%1 नाम का ऑपरेटर पहले से बना है। कोई दूसरा नाम चुनें।</translation>
    </message>
    <message>
        <source>No operator named %1 is set up. Check the name in Settings.</source>
        <translation>%1 नाम का कोई ऑपरेटर नहीं बना है। सेटिंग्स में नाम जाँचें।</translation>
    </message>
    <message>
        <source>That PIN is not this operator&apos;s. Try again.</source>
        <translation>यह PIN इस ऑपरेटर का नहीं है। फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>The till could not record this step. Try again.</source>
        <translation>टिल यह कदम दर्ज नहीं कर सका। फिर से कोशिश करें।</translation>
    </message>
</context>
<context>
    <name>TillAmount</name>
    <message>
        <source>Enter the amount in rupees.</source>
        <translation>राशि रुपयों में दर्ज करें।</translation>
    </message>
    <message>
        <source>Type the amount in digits, for example 20,000 or 20,000.50.</source>
        <translation>राशि अंकों में लिखें, जैसे 20,000 या 20,000.50।</translation>
    </message>
    <message>
        <source>Rupees have at most two digits of paise, for example 20,000.50.</source>
        <translation>रुपयों के बाद पैसों के ज़्यादा से ज़्यादा दो अंक होते हैं, जैसे 20,000.50।</translation>
    </message>
    <message>
        <source>That amount is too large for the drawer. Check the digits.</source>
        <translation>यह राशि गल्ले के लिए बहुत बड़ी है। अंक जाँचें।</translation>
    </message>
    <message>
        <source>Enter an amount of more than ₹0.</source>
        <translation>₹0 से ज़्यादा की राशि दर्ज करें।</translation>
    </message>
</context>
<context>
    <name>TillKit</name>
    <message>
        <source>Short by %1: the drawer has less cash than expected.</source>
        <translation>%1 कम: गल्ले में अपेक्षा से कम नकद है।</translation>
    </message>
    <message>
        <source>Excess of %1: the drawer has more cash than expected.</source>
        <translation>%1 ज़्यादा: गल्ले में अपेक्षा से ज़्यादा नकद है।</translation>
    </message>
    <message>
        <source>The drawer matches: no difference.</source>
        <translation>गल्ला मेल खाता है: कोई अंतर नहीं।</translation>
    </message>
    <message>
        <source>Expected %1 · counted %2</source>
        <translation>अपेक्षित %1 · गिना गया %2</translation>
    </message>
    <message>
        <source>The till is closed and recorded for %1.</source>
        <translation>%1 का गल्ला बंद हुआ और दर्ज हो गया।</translation>
    </message>
    <message>
        <source>%1 handed the drawer over to %2. The close is recorded.</source>
        <translation>%1 ने गल्ला %2 को सौंप दिया। बंद करना दर्ज हो गया।</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>The practice Eko service could not start.</source>
        <translation>अभ्यास वाली Eko सेवा शुरू नहीं हो सकी।</translation>
    </message>
    <message>
        <source>The practice fingerprint device could not start.</source>
        <translation>अभ्यास वाला फ़िंगरप्रिंट डिवाइस शुरू नहीं हो सका।</translation>
    </message>
    <message>
        <source>Training Agent</source>
        <translation>प्रशिक्षण एजेंट</translation>
    </message>
    <message>
        <source>Practice Kirana Store</source>
        <translation>अभ्यास किराना स्टोर</translation>
    </message>
    <message>
        <source>Practice Street, New Delhi</source>
        <translation>अभ्यास मार्ग, नई दिल्ली</translation>
    </message>
</context>
<context>
    <name>TrainingGuide</name>
    <message>
        <source>Aadhaar %1 at %2</source>
        <translation>%2 में आधार %1</translation>
    </message>
    <message>
        <source>%1 has only %2</source>
        <translation>%1 में केवल %2 हैं</translation>
    </message>
    <message>
        <source>%1: the account is frozen</source>
        <translation>%1: खाता फ़्रीज़ है</translation>
    </message>
    <message>
        <source>%1: the bank has turned AePS debits off</source>
        <translation>%1: बैंक ने AePS से पैसे कटना बंद कर रखा है</translation>
    </message>
    <message>
        <source>Customers who fail: %1.</source>
        <translation>जिन ग्राहकों का लेनदेन विफल होता है: %1।</translation>
    </message>
    <message>
        <source>Customer mobile %1, bank %2, Aadhaar %3 (balance %4).</source>
        <translation>ग्राहक का मोबाइल %1, बैंक %2, आधार %3 (शेष राशि %4)।</translation>
    </message>
    <message>
        <source>Training: type the practice Aadhaar %1 as your own (it belongs to no one), keep any bank, then Send OTP.</source>
        <translation>प्रशिक्षण: अपने आधार की जगह अभ्यास आधार %1 लिखें (यह किसी व्यक्ति का नहीं है), कोई भी बैंक रहने दें, फिर OTP भेजें।</translation>
    </message>
    <message>
        <source>Training: no SMS is sent. The OTP is %1.</source>
        <translation>प्रशिक्षण: कोई एसएमएस नहीं भेजा जाता। OTP %1 है।</translation>
    </message>
    <message>
        <source>Training: the practice device gives a good finger at once. Press Capture fingerprint.</source>
        <translation>प्रशिक्षण: अभ्यास डिवाइस तुरंत सही उँगली देता है। &quot;फ़िंगरप्रिंट लें&quot; दबाएँ।</translation>
    </message>
    <message>
        <source>Training: type your practice Aadhaar %1 again, then log in with the finger.</source>
        <translation>प्रशिक्षण: अपना अभ्यास आधार %1 फिर से लिखें, फिर उँगली रखकर लॉगिन करें।</translation>
    </message>
    <message>
        <source>Training: %1 Amount %2 succeeds; %3 stays pending until Check again on the home screen; %4 is not completed by the bank. %5</source>
        <translation>प्रशिक्षण: %1 राशि %2 सफल होती है; %3 होम स्क्रीन पर &quot;फिर से जाँचें&quot; तक लंबित रहती है; %4 बैंक पूरा नहीं करता। %5</translation>
    </message>
    <message>
        <source>Training: %1 %2</source>
        <translation>प्रशिक्षण: %1 %2</translation>
    </message>
    <message>
        <source>Training: %1 Amount %2 succeeds.</source>
        <translation>प्रशिक्षण: %1 राशि %2 सफल होती है।</translation>
    </message>
    <message>
        <source>Training: sender mobile %1 (%2) is registered and has a recipient. Every OTP is %3.</source>
        <translation>प्रशिक्षण: भेजने वाले का मोबाइल %1 (%2) पंजीकृत है और उसका एक प्राप्तकर्ता है। हर OTP %3 है।</translation>
    </message>
    <message>
        <source>Training: choose the recipient in the list, or add one with a known bank&apos;s IFSC.</source>
        <translation>प्रशिक्षण: सूची से प्राप्तकर्ता चुनें, या किसी जाने-माने बैंक के IFSC के साथ नया जोड़ें।</translation>
    </message>
    <message>
        <source>Training: up to %1 goes in one transfer; %2 is split into 3 parts. %3 ends in &quot;refund pending&quot; to practise a refund. The OTP is %4.</source>
        <translation>प्रशिक्षण: %1 तक एक ही ट्रांसफ़र में जाता है; %2 तीन हिस्सों में बँटता है। %3 &quot;रिफ़ंड लंबित&quot; पर रुकता है, ताकि आप रिफ़ंड का अभ्यास कर सकें। OTP %4 है।</translation>
    </message>
    <message>
        <source>Training: the customer&apos;s refund OTP is %1.</source>
        <translation>प्रशिक्षण: ग्राहक का रिफ़ंड OTP %1 है।</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message numerus="yes">
        <source>An Aadhaar number has 12 digits; %n entered.</source>
        <translation>
            <numerusform>आधार नंबर 12 अंकों का होता है; %n अंक डाला गया।</numerusform>
            <numerusform>आधार नंबर 12 अंकों का होता है; %n अंक डाले गए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A Virtual ID has 16 digits; %n entered.</source>
        <translation>
            <numerusform>वर्चुअल आईडी 16 अंकों की होती है; %n अंक डाला गया।</numerusform>
            <numerusform>वर्चुअल आईडी 16 अंकों की होती है; %n अंक डाले गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the amount in rupees.</source>
        <translation>राशि रुपयों में डालें।</translation>
    </message>
    <message>
        <source>The amount has digits only.</source>
        <translation>राशि में सिर्फ़ अंक होते हैं।</translation>
    </message>
    <message>
        <source>Enter whole rupees, without paise.</source>
        <translation>पूरे रुपये डालें, पैसे नहीं।</translation>
    </message>
    <message>
        <source>The most you can enter is %1.</source>
        <translation>ज़्यादा से ज़्यादा %1 डाल सकते हैं।</translation>
    </message>
    <message>
        <source>The least you can enter is %1.</source>
        <translation>कम से कम %1 डालना होगा।</translation>
    </message>
    <message>
        <source>The most you can enter in one transaction is %1.</source>
        <translation>एक लेन-देन में ज़्यादा से ज़्यादा %1 डाल सकते हैं।</translation>
    </message>
    <message>
        <source>Enter a multiple of %1.</source>
        <translation>%1 के गुणज में राशि डालें।</translation>
    </message>
    <message numerus="yes">
        <source>A mobile number has 10 digits; %n entered.</source>
        <translation>
            <numerusform>मोबाइल नंबर 10 अंकों का होता है; %n अंक डाला गया।</numerusform>
            <numerusform>मोबाइल नंबर 10 अंकों का होता है; %n अंक डाले गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the 12-digit Aadhaar number.</source>
        <translation>12 अंकों का आधार नंबर डालें।</translation>
    </message>
    <message>
        <source>Type the Aadhaar number with the digits 0–9.</source>
        <translation>आधार नंबर 0–9 अंकों से टाइप करें।</translation>
    </message>
    <message>
        <source>An Aadhaar number has digits only.</source>
        <translation>आधार नंबर में सिर्फ़ अंक होते हैं।</translation>
    </message>
    <message>
        <source>An Aadhaar number never starts with 0 or 1. Check the number again.</source>
        <translation>आधार नंबर कभी 0 या 1 से शुरू नहीं होता। नंबर फिर से जांचें।</translation>
    </message>
    <message>
        <source>This is not a valid Aadhaar number. Check each digit again.</source>
        <translation>यह सही आधार नंबर नहीं है। हर अंक फिर से जांचें।</translation>
    </message>
    <message>
        <source>Enter the 16-digit Virtual ID.</source>
        <translation>16 अंकों की वर्चुअल आईडी डालें।</translation>
    </message>
    <message>
        <source>Type the Virtual ID with the digits 0–9.</source>
        <translation>वर्चुअल आईडी 0–9 अंकों से टाइप करें।</translation>
    </message>
    <message>
        <source>A Virtual ID has digits only.</source>
        <translation>वर्चुअल आईडी में सिर्फ़ अंक होते हैं।</translation>
    </message>
    <message>
        <source>This is not a valid Virtual ID. Check each digit again.</source>
        <translation>यह सही वर्चुअल आईडी नहीं है। हर अंक फिर से जांचें।</translation>
    </message>
    <message>
        <source>Enter the 10-digit mobile number.</source>
        <translation>10 अंकों का मोबाइल नंबर डालें।</translation>
    </message>
    <message>
        <source>A mobile number has digits only.</source>
        <translation>मोबाइल नंबर में सिर्फ़ अंक होते हैं।</translation>
    </message>
    <message>
        <source>An Indian mobile number starts with 6, 7, 8 or 9.</source>
        <translation>भारतीय मोबाइल नंबर 6, 7, 8 या 9 से शुरू होता है।</translation>
    </message>
    <message>
        <source>Enter the 11-character IFSC of the branch.</source>
        <translation>ब्रांच का 11 अक्षरों का IFSC डालें।</translation>
    </message>
    <message>
        <source>An IFSC has 11 characters, for example SBIN0001234.</source>
        <translation>IFSC में 11 अक्षर होते हैं, जैसे SBIN0001234।</translation>
    </message>
    <message>
        <source>This IFSC is not valid: 4 letters, then 0, then 6 letters or digits (for example SBIN0001234).</source>
        <translation>यह IFSC सही नहीं है: 4 अक्षर, फिर 0, फिर 6 अक्षर या अंक (जैसे SBIN0001234)।</translation>
    </message>
    <message>
        <source>Enter the 10-character PAN.</source>
        <translation>10 अक्षरों का PAN डालें।</translation>
    </message>
    <message>
        <source>This PAN is not valid: 5 letters, 4 digits and a letter, as printed on the card (ABCPE1234F).</source>
        <translation>यह PAN सही नहीं है: 5 अक्षर, 4 अंक और एक अक्षर, जैसा कार्ड पर छपा है (ABCPE1234F)।</translation>
    </message>
    <message>
        <source>Enter the 6-digit PIN code.</source>
        <translation>6 अंकों का PIN कोड डालें।</translation>
    </message>
    <message>
        <source>A PIN code has 6 digits and does not start with 0.</source>
        <translation>PIN कोड में 6 अंक होते हैं और यह 0 से शुरू नहीं होता।</translation>
    </message>
    <message>
        <source>Enter the shop&apos;s location as latitude,longitude (for example 28.6139,77.2090).</source>
        <translation>दुकान की लोकेशन अक्षांश,देशांतर के रूप में डालें (जैसे 28.6139,77.2090)।</translation>
    </message>
    <message>
        <source>The location must be latitude,longitude in degrees, for example 28.6139,77.2090.</source>
        <translation>लोकेशन डिग्री में अक्षांश,देशांतर होनी चाहिए, जैसे 28.6139,77.2090।</translation>
    </message>
    <message>
        <source>Enter the OTP sent by SMS.</source>
        <translation>एसएमएस से आया OTP डालें।</translation>
    </message>
    <message>
        <source>The OTP is 4 to 8 digits, as received by SMS.</source>
        <translation>OTP 4 से 8 अंकों का होता है, जैसा एसएमएस में आया है।</translation>
    </message>
</context>
<context>
    <name>Wallet</name>
    <message>
        <source>Eko&apos;s answer did not say the E-value balance.</source>
        <translation>Eko के जवाब में ई-वैल्यू बैलेंस नहीं था।</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Saathi — AePS and money transfer counter</source>
        <translation>साथी — AePS और मनी ट्रांसफ़र काउंटर</translation>
    </message>
    <message>
        <source>Full screen, keyboard-first kiosk mode.</source>
        <translation>पूरी स्क्रीन, कीबोर्ड से चलने वाला कियोस्क मोड।</translation>
    </message>
    <message>
        <source>Start, check Eko and the fingerprint device, print the result and exit.</source>
        <translation>शुरू करें, Eko और फ़िंगरप्रिंट डिवाइस जाँचें, नतीजा छापें और बंद करें।</translation>
    </message>
    <message>
        <source>With --self-test: save a PNG of the window when the check is done.</source>
        <translation>--self-test के साथ: जाँच पूरी होने पर विंडो की PNG सहेजें।</translation>
    </message>
    <message>
        <source>The transaction journal file (default: $SAATHI_JOURNAL_PATH or the app&apos;s data folder).</source>
        <translation>लेन-देन जर्नल फ़ाइल (डिफ़ॉल्ट: $SAATHI_JOURNAL_PATH या ऐप का डेटा फ़ोल्डर)।</translation>
    </message>
    <message>
        <source>The settings file, INI (default: $SAATHI_SETTINGS_PATH or the app&apos;s own settings).</source>
        <translation>सेटिंग्स फ़ाइल, INI (डिफ़ॉल्ट: $SAATHI_SETTINGS_PATH या ऐप की अपनी सेटिंग्स)।</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>saathi::CounterApp</name>
    <message>
        <source>No keychain on this computer: the counter cannot check the limit of 5 cash withdrawals a day per customer (the bank still checks it).</source>
        <translation>इस कंप्यूटर पर कीचेन नहीं है: काउंटर प्रति ग्राहक दिन में 5 नकद निकासी की सीमा नहीं जाँच सकता (बैंक फिर भी जाँचता है)।</translation>
    </message>
    <message>
        <source>The Eko environment changes as soon as the transaction in progress ends.</source>
        <translation>चल रहा लेन-देन पूरा होते ही Eko परिवेश बदल जाएगा।</translation>
    </message>
    <message>
        <source>Changing the Eko environment to %1…</source>
        <translation>Eko परिवेश %1 में बदला जा रहा है…</translation>
    </message>
    <message>
        <source>Still on the earlier Eko environment: %1</source>
        <translation>अभी भी पिछले Eko परिवेश पर: %1</translation>
    </message>
    <message>
        <source>Eko environment: %1.</source>
        <translation>Eko परिवेश: %1।</translation>
    </message>
    <message>
        <source>Fingerprint device saved: %1.</source>
        <translation>फ़िंगरप्रिंट डिवाइस सहेजा गया: %1।</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>तैयार</translation>
    </message>
    <message>
        <source>The new user code %1 could not be saved: %2</source>
        <translation>नया यूज़र कोड %1 सहेजा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>no credentials</source>
        <translation>कोई क्रेडेंशियल नहीं</translation>
    </message>
</context>
<context>
    <name>saathi::PinService</name>
    <message>
        <source>Please wait: the last PIN is still being checked.</source>
        <translation>कृपया रुकें: पिछला पिन अभी जाँचा जा रहा है।</translation>
    </message>
</context>
<context>
    <name>saathi::agent::EkycFlow</name>
    <message>
        <source>Choose the bank of your own account.</source>
        <translation>अपने खाते का बैंक चुनें।</translation>
    </message>
    <message>
        <source>Asking the bank to send an OTP to your mobile…</source>
        <translation>बैंक से आपके मोबाइल पर OTP भेजने को कहा जा रहा है…</translation>
    </message>
    <message>
        <source>Ask for an OTP first.</source>
        <translation>पहले OTP मांगें।</translation>
    </message>
    <message>
        <source>Checking the OTP…</source>
        <translation>OTP जाँचा जा रहा है…</translation>
    </message>
    <message>
        <source>Verify the OTP first.</source>
        <translation>पहले OTP वेरिफ़ाई करें।</translation>
    </message>
    <message>
        <source>Sending your fingerprint to the bank…</source>
        <translation>आपका फ़िंगरप्रिंट बैंक को भेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Eko&apos;s answer had no OTP reference. Ask for a new OTP.</source>
        <translation>Eko के जवाब में OTP रेफ़रेंस नहीं था। नया OTP मांगें।</translation>
    </message>
</context>
<context>
    <name>saathi::dmt::DmtCustomerFlow</name>
    <message>
        <source>Looking up the customer…</source>
        <translation>ग्राहक की जानकारी खोजी जा रही है…</translation>
    </message>
    <message>
        <source>Registering the customer with Eko…</source>
        <translation>Eko के साथ ग्राहक का पंजीकरण हो रहा है…</translation>
    </message>
    <message>
        <source>Ask the customer to place a finger on the device…</source>
        <translation>ग्राहक से डिवाइस पर उंगली रखने को कहें…</translation>
    </message>
    <message>
        <source>Sending the eKYC to Eko…</source>
        <translation>eKYC Eko को भेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Verifying the OTP…</source>
        <translation>OTP की जाँच हो रही है…</translation>
    </message>
    <message>
        <source>Sending a new OTP…</source>
        <translation>नया OTP भेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Eko sent an OTP to %1. Ask the customer for it.</source>
        <translation>Eko ने %1 पर OTP भेजा है। ग्राहक से OTP पूछें।</translation>
    </message>
    <message>
        <source>Read the consent to the customer and tick it when they agree.</source>
        <translation>ग्राहक को सहमति पढ़कर सुनाएँ और उनके सहमत होने पर इसे टिक करें।</translation>
    </message>
    <message>
        <source>No fingerprint device is set up on this counter.</source>
        <translation>इस काउंटर पर कोई फ़िंगरप्रिंट डिवाइस सेट नहीं है।</translation>
    </message>
    <message>
        <source>Eko sent an OTP to %1 for the eKYC. Ask the customer for it.</source>
        <translation>Eko ने eKYC के लिए %1 पर OTP भेजा है। ग्राहक से OTP पूछें।</translation>
    </message>
    <message>
        <source>To send a new OTP, capture the customer&apos;s finger again.</source>
        <translation>नया OTP भेजने के लिए ग्राहक की उंगली फिर से स्कैन करें।</translation>
    </message>
    <message>
        <source>Eko sent a new OTP to %1. Ask the customer for it.</source>
        <translation>Eko ने %1 पर नया OTP भेजा है। ग्राहक से OTP पूछें।</translation>
    </message>
</context>
<context>
    <name>saathi::dmt::DmtRefundFlow</name>
    <message>
        <source>Only a money transfer that is refund pending can be refunded.</source>
        <translation>सिर्फ़ वही मनी ट्रांसफ़र रिफ़ंड हो सकता है जिसका रिफ़ंड पेंडिंग है।</translation>
    </message>
    <message>
        <source>No clear answer to the refund. Do not return more cash: Saathi is checking the transfer with Eko.</source>
        <translation>रिफ़ंड का साफ़ जवाब नहीं मिला। और नकद वापस न दें: Saathi, Eko से ट्रांसफ़र की जाँच कर रहा है।</translation>
    </message>
</context>
<context>
    <name>saathi::dmt::DmtTransferFlow</name>
    <message>
        <source>Eko sent no OTP reference. Send the OTP again.</source>
        <translation>Eko ने OTP रेफ़रेंस नहीं भेजा। OTP फिर से भेजें।</translation>
    </message>
    <message>
        <source>Send the OTP to the customer first.</source>
        <translation>पहले ग्राहक को OTP भेजें।</translation>
    </message>
    <message>
        <source>Stopped. The remaining transfers were not sent.</source>
        <translation>रोक दिया गया। बाकी ट्रांसफ़र नहीं भेजे गए।</translation>
    </message>
    <message>
        <source>Accepted; the bank has not confirmed yet. Saathi checks with Eko.</source>
        <translation>स्वीकार हो गया; बैंक ने अभी पुष्टि नहीं की है। Saathi, Eko से जाँच कर रहा है।</translation>
    </message>
    <message>
        <source>The bank did not complete transfer %1; its money is to be refunded to the customer (refund with the customer&apos;s OTP). The remaining transfers were not sent.</source>
        <translation>बैंक ने ट्रांसफ़र %1 पूरा नहीं किया; इसके पैसे ग्राहक को रिफ़ंड करने हैं (ग्राहक के OTP से रिफ़ंड करें)। बाकी ट्रांसफ़र नहीं भेजे गए।</translation>
    </message>
    <message>
        <source>No clear answer for transfer %1. Do not send it again: Saathi is checking with Eko. The remaining transfers wait until it is known.</source>
        <translation>ट्रांसफ़र %1 का साफ़ जवाब नहीं मिला। इसे दोबारा न भेजें: Saathi, Eko से जाँच कर रहा है। जब तक इसका पता न चले, बाकी ट्रांसफ़र रुके रहेंगे।</translation>
    </message>
    <message>
        <source>Transfer %1 did not go through: %2</source>
        <translation>ट्रांसफ़र %1 नहीं हो पाया: %2</translation>
    </message>
    <message>
        <source>Enter the amount in whole rupees.</source>
        <translation>राशि पूरे रुपयों में दर्ज करें।</translation>
    </message>
    <message>
        <source>The transfer was not completed. Check the recipient&apos;s details and try again.</source>
        <translation>ट्रांसफ़र पूरा नहीं हुआ। लाभार्थी की जानकारी जाँचें और फिर से कोशिश करें।</translation>
    </message>
</context>
<context>
    <name>saathi::dmt::RecipientBook</name>
    <message>
        <source>Loading the recipients…</source>
        <translation>प्राप्तकर्ता लोड हो रहे हैं…</translation>
    </message>
    <message>
        <source>Adding the recipient…</source>
        <translation>प्राप्तकर्ता जोड़ा जा रहा है…</translation>
    </message>
    <message>
        <source>Deleting the recipient…</source>
        <translation>प्राप्तकर्ता हटाया जा रहा है…</translation>
    </message>
    <message>
        <source>An IFSC is 4 letters (the bank), then 0, then 6 letters or digits.</source>
        <translation>IFSC में पहले 4 अक्षर (बैंक), फिर 0, फिर 6 अक्षर या अंक होते हैं।</translation>
    </message>
    <message>
        <source>Bank code %1</source>
        <translation>बैंक कोड %1</translation>
    </message>
    <message>
        <source>Bank: %1</source>
        <translation>बैंक: %1</translation>
    </message>
</context>
<context>
    <name>saathi::receipt::SerialReceiptPrinter</name>
    <message>
        <source>Could not send to the printer: check the cable.</source>
        <translation>प्रिंटर को नहीं भेज सके: केबल जाँचें।</translation>
    </message>
    <message>
        <source>The printer answered in a way Saathi does not understand: check that it is an ESC/POS printer and that the speed (baud) in Settings matches the printer&apos;s.</source>
        <translation>प्रिंटर का जवाब Saathi को समझ नहीं आया: देखें कि यह ESC/POS प्रिंटर है और सेटिंग्स में स्पीड (baud) प्रिंटर की स्पीड से मिलती है।</translation>
    </message>
    <message>
        <source>The printer is out of paper: load a new roll and print again.</source>
        <translation>प्रिंटर में पेपर ख़त्म है: नया रोल डालें और फिर से प्रिंट करें।</translation>
    </message>
    <message>
        <source>The printer is offline: close its cover, check the paper and print again.</source>
        <translation>प्रिंटर ऑफ़लाइन है: उसका कवर बंद करें, पेपर जाँचें और फिर से प्रिंट करें।</translation>
    </message>
    <message>
        <source>The printer connection was lost: check the cable and that the printer is on.</source>
        <translation>प्रिंटर का कनेक्शन टूट गया: केबल जाँचें और देखें कि प्रिंटर चालू है।</translation>
    </message>
    <message>
        <source>The printer does not answer: check it is on and the cable.</source>
        <translation>प्रिंटर जवाब नहीं दे रहा: देखें कि वह चालू है और केबल जाँचें।</translation>
    </message>
    <message>
        <source>No printer port is set: choose one in Settings.</source>
        <translation>कोई प्रिंटर पोर्ट सेट नहीं है: सेटिंग्स में एक पोर्ट चुनें।</translation>
    </message>
    <message>
        <source>The printer port %1 was not found: check the printer&apos;s cable is plugged in and the port chosen in Settings.</source>
        <translation>प्रिंटर पोर्ट %1 नहीं मिला: देखें कि प्रिंटर की केबल लगी है और सेटिंग्स में सही पोर्ट चुना है।</translation>
    </message>
    <message>
        <source>Saathi may not use the printer port %1: close any other program using the printer; on Linux the user must be in the &apos;dialout&apos; group.</source>
        <translation>Saathi प्रिंटर पोर्ट %1 इस्तेमाल नहीं कर पा रहा: प्रिंटर इस्तेमाल कर रहा कोई भी दूसरा प्रोग्राम बंद करें; Linux पर यूज़र का &apos;dialout&apos; ग्रुप में होना ज़रूरी है।</translation>
    </message>
    <message>
        <source>The printer port %1 could not be opened: check the cable and the port chosen in Settings.</source>
        <translation>प्रिंटर पोर्ट %1 खुल नहीं सका: केबल और सेटिंग्स में चुना गया पोर्ट जाँचें।</translation>
    </message>
</context>
<context>
    <name>saathi::ui::AadhaarLineEdit</name>
    <message>
        <source>12-digit Aadhaar or 16-digit VID</source>
        <translation>12 अंकों का आधार या 16 अंकों की VID</translation>
    </message>
    <message>
        <source>Aadhaar number</source>
        <translation>आधार संख्या</translation>
    </message>
    <message>
        <source>12-digit Aadhaar number</source>
        <translation>12 अंकों की आधार संख्या</translation>
    </message>
    <message>
        <source>A VID has 16 digits. Check the number again.</source>
        <translation>VID में 16 अंक होते हैं। संख्या फिर से जाँचें।</translation>
    </message>
</context>
<context>
    <name>saathi::ui::ActivationPage</name>
    <message>
        <source>JPEG or PDF (*.jpg *.jpeg *.pdf)</source>
        <translation>JPEG या PDF (*.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1 (%2 KB)</translation>
    </message>
    <message>
        <source>Sending the activation to Eko…</source>
        <translation>सक्रियण Eko को भेजा जा रहा है…</translation>
    </message>
    <message>
        <source>AePS activation</source>
        <translation>AePS सक्रियण</translation>
    </message>
    <message>
        <source>Eko checks these and activates AePS, usually in 1 to 3 working days.</source>
        <translation>Eko इनकी जाँच करके AePS सक्रिय करता है, आम तौर पर 1 से 3 कार्य दिवसों में।</translation>
    </message>
    <message>
        <source>Device model</source>
        <translation>डिवाइस मॉडल</translation>
    </message>
    <message>
        <source>Device serial number</source>
        <translation>डिवाइस सीरियल नंबर</translation>
    </message>
    <message>
        <source>Settlement account</source>
        <translation>सेटलमेंट खाता</translation>
    </message>
    <message>
        <source>IFSC</source>
        <translation>IFSC</translation>
    </message>
    <message>
        <source>Shop type</source>
        <translation>दुकान का प्रकार</translation>
    </message>
    <message>
        <source>Agent&apos;s Aadhaar number</source>
        <translation>एजेंट की आधार संख्या</translation>
    </message>
    <message>
        <source>PAN card</source>
        <translation>पैन कार्ड</translation>
    </message>
    <message>
        <source>Aadhaar front</source>
        <translation>आधार का सामने वाला भाग</translation>
    </message>
    <message>
        <source>Aadhaar back</source>
        <translation>आधार का पिछला भाग</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>फ़ाइल चुनें…</translation>
    </message>
</context>
<context>
    <name>saathi::ui::AddressWidget</name>
    <message>
        <source>&amp;Address</source>
        <translation>पता (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>शहर (&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;tate</source>
        <translation>राज्य (&amp;T)</translation>
    </message>
    <message>
        <source>PIN c&amp;ode</source>
        <translation>पिन कोड (&amp;O)</translation>
    </message>
</context>
<context>
    <name>saathi::ui::AepsFormPage</name>
    <message>
        <source>Customer &amp;mobile</source>
        <translation>ग्राहक का मोबाइल (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Bank</source>
        <translation>बैंक (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Aadhaar / VID</source>
        <translation>आधार / VID (&amp;A)</translation>
    </message>
    <message>
        <source>Amo&amp;unt (₹)</source>
        <translation>राशि (₹) (&amp;U)</translation>
    </message>
    <message>
        <source>10-digit mobile number</source>
        <translation>10 अंकों का मोबाइल नंबर</translation>
    </message>
    <message>
        <source>₹1 to ₹10,000</source>
        <translation>₹1 से ₹10,000</translation>
    </message>
    <message>
        <source>₹100 to ₹10,000, in ₹50 steps</source>
        <translation>₹100 से ₹10,000, ₹50 के गुणकों में</translation>
    </message>
    <message>
        <source>Yes, this is a &amp;new transaction</source>
        <translation>हाँ, यह नया लेन-देन है (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Capture finger &amp;&amp; submit</source>
        <translation>उँगली लें और भेजें (&amp;C)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>जाँच हो रही है…</translation>
    </message>
    <message>
        <source>Looking for the fingerprint device…</source>
        <translation>फ़िंगरप्रिंट डिवाइस खोजा जा रहा है…</translation>
    </message>
    <message>
        <source>Ask the customer to place a finger on the device…</source>
        <translation>ग्राहक से डिवाइस पर उँगली रखने को कहें…</translation>
    </message>
    <message>
        <source>Sending to the bank… please wait</source>
        <translation>बैंक को भेजा जा रहा है… कृपया प्रतीक्षा करें</translation>
    </message>
    <message>
        <source>The same %1 of %2 for this customer was made at %3. Is this a new transaction?</source>
        <translation>इस ग्राहक का %2 का यही %1 %3 पर हुआ था। क्या यह नया लेन-देन है?</translation>
    </message>
    <message>
        <source>Agent&apos;s authorisation: your own Aadhaar and bank. After the customer&apos;s finger, yours authorises each withdrawal.</source>
        <translation>एजेंट का अधिकार: आपका अपना आधार और बैंक। ग्राहक की उंगली के बाद आपकी उंगली हर निकासी को अधिकृत करती है।</translation>
    </message>
    <message>
        <source>Agent: place your finger to authorise this withdrawal</source>
        <translation>एजेंट: इस निकासी को अधिकृत करने के लिए अपनी उंगली रखें</translation>
    </message>
    <message>
        <source>Checking the agent&apos;s fingerprint with the bank…</source>
        <translation>बैंक से एजेंट के फ़िंगरप्रिंट की जाँच हो रही है…</translation>
    </message>
    <message>
        <source>The customer has heard this and a&amp;grees</source>
        <translation>ग्राहक ने यह सुना है और सहमत है (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Finger</source>
        <translation>उंगली (&amp;F)</translation>
    </message>
    <message>
        <source>This finger worked for this customer last time.</source>
        <translation>पिछली बार इस ग्राहक की यही उंगली काम आई थी।</translation>
    </message>
</context>
<context>
    <name>saathi::ui::AgentDetailsPage</name>
    <message>
        <source>Sending the details to Eko…</source>
        <translation>विवरण Eko को भेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Agent details</source>
        <translation>एजेंट का विवरण</translation>
    </message>
    <message>
        <source>As on the agent&apos;s PAN card. Eko creates the agent&apos;s user code from these.</source>
        <translation>एजेंट के पैन कार्ड के अनुसार। Eko इन्हीं से एजेंट का यूज़र कोड बनाता है।</translation>
    </message>
    <message>
        <source>Agent&apos;s user code: %1</source>
        <translation>एजेंट का यूज़र कोड: %1</translation>
    </message>
    <message>
        <source>F&amp;irst name</source>
        <translation>पहला नाम (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Surname</source>
        <translation>उपनाम (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation>मोबाइल (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>ईमेल (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>जन्म तिथि (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;PAN</source>
        <translation>पैन (&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;hop name</source>
        <translation>दुकान का नाम (&amp;H)</translation>
    </message>
</context>
<context>
    <name>saathi::ui::AgentFields</name>
    <message>
        <source>State Bank of India</source>
        <translation>भारतीय स्टेट बैंक</translation>
    </message>
    <message>
        <source>HDFC Bank</source>
        <translation>एचडीएफसी बैंक</translation>
    </message>
    <message>
        <source>ICICI Bank</source>
        <translation>आईसीआईसीआई बैंक</translation>
    </message>
    <message>
        <source>Punjab National Bank</source>
        <translation>पंजाब नेशनल बैंक</translation>
    </message>
    <message>
        <source>Bank of Baroda</source>
        <translation>बैंक ऑफ़ बड़ौदा</translation>
    </message>
    <message>
        <source>&amp;Your Aadhaar number</source>
        <translation>आपकी आधार संख्या (&amp;Y)</translation>
    </message>
    <message>
        <source>Your ban&amp;k</source>
        <translation>आपका बैंक (&amp;K)</translation>
    </message>
</context>
<context>
    <name>saathi::ui::BankPicker</name>
    <message>
        <source>Type the bank&apos;s name or short code</source>
        <translation>बैंक का नाम या छोटा कोड लिखें</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>फिर कोशिश करें (&amp;R)</translation>
    </message>
    <message>
        <source>Loading the list of banks…</source>
        <translation>बैंकों की सूची लोड हो रही है…</translation>
    </message>
    <message>
        <source>Eko sent no banks.</source>
        <translation>Eko ने कोई बैंक नहीं भेजा।</translation>
    </message>
    <message>
        <source>The list of banks could not be loaded. %1</source>
        <translation>बैंकों की सूची लोड नहीं हो सकी। %1</translation>
    </message>
</context>
<context>
    <name>saathi::ui::CapturePanel</name>
    <message>
        <source>not reported</source>
        <translation>नहीं बताई गई</translation>
    </message>
    <message>
        <source>good</source>
        <translation>अच्छी</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>ठीक-ठाक</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>कमज़ोर</translation>
    </message>
    <message>
        <source>Quality: %1</source>
        <translation>क्वालिटी: %1</translation>
    </message>
    <message>
        <source>Quality: %1 (%2)</source>
        <translation>क्वालिटी: %1 (%2)</translation>
    </message>
    <message>
        <source>Waiting for the finger</source>
        <translation>उंगली का इंतज़ार</translation>
    </message>
    <message>
        <source>Customer&apos;s finger</source>
        <translation>ग्राहक की उंगली</translation>
    </message>
    <message>
        <source>Agent&apos;s finger</source>
        <translation>एजेंट की उंगली</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>saathi::ui::ClaimSlipButton</name>
    <message>
        <source>C&amp;laim slip…</source>
        <translation>दावा पर्ची… (&amp;L)</translation>
    </message>
    <message>
        <source>The customer&apos;s slip to claim money that may be stuck: the dispute keys and the RBI deadline</source>
        <translation>अटके हो सकने वाले पैसे के दावे के लिए ग्राहक की पर्ची: विवाद के संदर्भ और आरबीआई की अंतिम तिथि</translation>
    </message>
</context>
<context>
    <name>saathi::ui::ClaimSlipDialog</name>
    <message>
        <source>Claim slip for the customer</source>
        <translation>ग्राहक के लिए दावा पर्ची</translation>
    </message>
    <message>
        <source>Slip &amp;language</source>
        <translation>पर्ची की भाषा (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>प्रिंट (&amp;P)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDF के रूप में सहेजें… (&amp;D)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>The claim slip was sent to the printer.</source>
        <translation>दावा पर्ची प्रिंटर को भेज दी गई।</translation>
    </message>
    <message>
        <source>Save claim slip as PDF</source>
        <translation>दावा पर्ची PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>सहेजा गया: %1</translation>
    </message>
</context>
<context>
    <name>saathi::ui::CredentialsWidget</name>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>सिस्टम कीचेन में सहेजा गया।</translation>
    </message>
    <message>
        <source>Enter the developer key Eko gave you.</source>
        <translation>Eko द्वारा दी गई डेवलपर कुंजी लिखें।</translation>
    </message>
    <message>
        <source>Enter the access key Eko gave you.</source>
        <translation>Eko द्वारा दी गई एक्सेस कुंजी लिखें।</translation>
    </message>
    <message>
        <source>The initiator ID is the partner&apos;s registered 10-digit mobile number.</source>
        <translation>इनिशिएटर आईडी पार्टनर का पंजीकृत 10 अंकों का मोबाइल नंबर है।</translation>
    </message>
    <message>
        <source>Enter the agent&apos;s user code (from onboarding).</source>
        <translation>एजेंट का यूज़र कोड लिखें (ऑनबोर्डिंग से मिला)।</translation>
    </message>
    <message>
        <source>Saving in the system keychain…</source>
        <translation>सिस्टम कीचेन में सहेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Training needs no credentials: it uses the built-in sandbox.</source>
        <translation>प्रशिक्षण के लिए क्रेडेंशियल नहीं चाहिए: यह अंतर्निहित सैंडबॉक्स का उपयोग करता है।</translation>
    </message>
    <message>
        <source>Eko credentials for %1. They are kept only in the system keychain.</source>
        <translation>%1 के लिए Eko क्रेडेंशियल। ये केवल सिस्टम कीचेन में रखे जाते हैं।</translation>
    </message>
    <message>
        <source>Eko UAT</source>
        <translation>Eko UAT (परीक्षण)</translation>
    </message>
    <message>
        <source>Eko production</source>
        <translation>Eko प्रोडक्शन</translation>
    </message>
    <message>
        <source>&amp;Developer key</source>
        <translation>डेवलपर कुंजी (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Access key</source>
        <translation>एक्सेस कुंजी (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Initiator ID</source>
        <translation>इनिशिएटर आईडी (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;User code</source>
        <translation>यूज़र कोड (&amp;U)</translation>
    </message>
    <message>
        <source>Save credentials</source>
        <translation>क्रेडेंशियल सहेजें</translation>
    </message>
</context>
<context>
    <name>saathi::ui::CustomerMemoryBox</name>
    <message>
        <source>Clear the memory of customers</source>
        <translation>ग्राहकों की जानकारी मिटाएँ</translation>
    </message>
    <message>
        <source>The counter will forget, for every customer, which bank and finger worked. Transactions stay in the journal. Clear it?</source>
        <translation>काउंटर हर ग्राहक के लिए भूल जाएगा कि कौन-सा बैंक और कौन-सी उंगली काम आई। लेन-देन जर्नल में बने रहेंगे। मिटाएँ?</translation>
    </message>
    <message>
        <source>The counter&apos;s memory of customers is cleared.</source>
        <translation>ग्राहकों के बारे में काउंटर की जानकारी मिटा दी गई है।</translation>
    </message>
    <message>
        <source>Customers&apos; banks and fingers</source>
        <translation>ग्राहकों के बैंक और उंगलियाँ</translation>
    </message>
    <message>
        <source>The counter remembers which bank and finger worked for each customer (never the Aadhaar number), to suggest them next time. Nothing leaves this counter.</source>
        <translation>काउंटर याद रखता है कि हर ग्राहक के लिए कौन-सा बैंक और कौन-सी उंगली काम आई (आधार नंबर कभी नहीं), ताकि अगली बार वही सुझा सके। कुछ भी इस काउंटर से बाहर नहीं जाता।</translation>
    </message>
    <message>
        <source>Clear the memory of &amp;customers…</source>
        <translation>ग्राहकों की जानकारी मिटाएँ… (&amp;C)</translation>
    </message>
</context>
<context>
    <name>saathi::ui::CustomerMoneyNote</name>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (और %n)</numerusform>
            <numerusform>%1 (और %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>saathi::ui::DailyLoginPage</name>
    <message>
        <source>Daily login</source>
        <translation>दैनिक लॉगिन</translation>
    </message>
    <message>
        <source>Eko asks for your own fingerprint once every day before AePS transactions.</source>
        <translation>AePS लेन-देन से पहले Eko हर दिन एक बार आपका अपना फ़िंगरप्रिंट माँगता है।</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>वापस</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Place finger and log in</source>
        <translation>उँगली रखें और लॉगिन करें</translation>
    </message>
    <message>
        <source>Daily login done. AePS is unlocked for today.</source>
        <translation>दैनिक लॉगिन हो गया। आज के लिए AePS खुल गया है।</translation>
    </message>
    <message>
        <source>Last successful login: %1 IST</source>
        <translation>पिछला सफल लॉगिन: %1 भारतीय समय</translation>
    </message>
    <message>
        <source>No successful daily login yet on this counter.</source>
        <translation>इस काउंटर पर अभी तक कोई सफल दैनिक लॉगिन नहीं हुआ।</translation>
    </message>
    <message>
        <source>&amp;Test the device</source>
        <translation>डिवाइस टेस्ट करें (&amp;T)</translation>
    </message>
</context>
<context>
    <name>saathi::ui::DayClosePage</name>
    <message>
        <source>Close the day</source>
        <translation>दिन बंद करें</translation>
    </message>
    <message>
        <source>&amp;Day (IST):</source>
        <translation>दिन (IST) (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Close the day</source>
        <translation>दिन बंद करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>प्रिंट (&amp;P)</translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation>PDF के रूप में सहेजें… (&amp;F)</translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>CSV निर्यात करें… (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Yes, close it</source>
        <translation>हाँ, बंद करें (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>नहीं (&amp;N)</translation>
    </message>
    <message>
        <source>Close %1 for good? The report gets the next number and cannot be changed. Unresolved transactions are carried to the next day&apos;s report.</source>
        <translation>%1 को हमेशा के लिए बंद करें? रिपोर्ट को अगला क्रमांक मिलेगा और वह बदली नहीं जा सकेगी। अनसुलझे लेन-देन अगले दिन की रिपोर्ट में आगे जाएँगे।</translation>
    </message>
    <message>
        <source>Reading the journal…</source>
        <translation>जर्नल पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <source>The journal is not open: the day cannot be closed now.</source>
        <translation>जर्नल खुला नहीं है: अभी दिन बंद नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>This day is closed: report No. %1.</source>
        <translation>यह दिन बंद है: रिपोर्ट क्र. %1।</translation>
    </message>
    <message>
        <source>A till shift of this day is still open. Count the cash and close the till first, then close the day.</source>
        <translation>इस दिन की एक टिल शिफ़्ट अभी खुली है। पहले नकद गिनें और टिल बंद करें, फिर दिन बंद करें।</translation>
    </message>
    <message>
        <source>Preview. Check the figures, then close the day.</source>
        <translation>पूर्वावलोकन। आँकड़े जाँचें, फिर दिन बंद करें।</translation>
    </message>
    <message>
        <source>Closing the day…</source>
        <translation>दिन बंद किया जा रहा है…</translation>
    </message>
    <message>
        <source>This day was already closed: report No. %1.</source>
        <translation>यह दिन पहले ही बंद हो चुका था: रिपोर्ट क्र. %1।</translation>
    </message>
    <message>
        <source>Day closed: report No. %1.</source>
        <translation>दिन बंद हुआ: रिपोर्ट क्र. %1।</translation>
    </message>
    <message>
        <source>No printer is set up. Choose one in Settings (Ctrl+,).</source>
        <translation>कोई प्रिंटर सेट नहीं है। सेटिंग्स (Ctrl+,) में चुनें।</translation>
    </message>
    <message>
        <source>Day close</source>
        <translation>दिन की समाप्ति</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>प्रिंट हो रहा है…</translation>
    </message>
    <message>
        <source>Save the day&apos;s report as PDF</source>
        <translation>दिन की रिपोर्ट PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>सहेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>सहेजा गया: %1</translation>
    </message>
    <message>
        <source>Export the day&apos;s report as CSV</source>
        <translation>दिन की रिपोर्ट CSV के रूप में निर्यात करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>वापस</translation>
    </message>
</context>
<context>
    <name>saathi::ui::DayGlance</name>
    <message>
        <source>Today at this counter</source>
        <translation>आज इस काउंटर पर</translation>
    </message>
    <message numerus="yes">
        <source>%n done · %1</source>
        <translation>
            <numerusform>%n पूरा · %1</numerusform>
            <numerusform>%n पूरे · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cash withdrawals</source>
        <translation>नकद निकासी</translation>
    </message>
    <message>
        <source>Aadhaar Pay</source>
        <translation>आधार पे</translation>
    </message>
    <message>
        <source>Money transfers</source>
        <translation>मनी ट्रांसफ़र</translation>
    </message>
    <message>
        <source>E-value balance</source>
        <translation>ई-वैल्यू बैलेंस</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>अभी पता नहीं</translation>
    </message>
    <message>
        <source>Commission today</source>
        <translation>आज का कमीशन</translation>
    </message>
    <message>
        <source>&amp;Unresolved: %1</source>
        <translation>अनसुलझे: %1 (&amp;U)</translation>
    </message>
    <message>
        <source>List the transactions still waiting for Eko&apos;s final answer in History</source>
        <translation>Eko के अंतिम जवाब की राह देख रहे लेन-देन इतिहास में दिखाएँ</translation>
    </message>
</context>
<context>
    <name>saathi::ui::DeviceCapturePage</name>
    <message>
        <source>Test the scanner</source>
        <translation>स्कैनर टेस्ट करें</translation>
    </message>
    <message>
        <source>Place any finger flat on the scanner&apos;s glass and press Test capture. Nothing is sent to Eko or the bank; the test is only to see that the scanner works well.</source>
        <translation>कोई भी उंगली स्कैनर के ग्लास पर सीधी रखें और टेस्ट कैप्चर दबाएँ। Eko या बैंक को कुछ नहीं भेजा जाता; यह टेस्ट सिर्फ़ यह देखने के लिए है कि स्कैनर ठीक से काम करता है।</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Test capture</source>
        <translation>टेस्ट कैप्चर</translation>
    </message>
    <message>
        <source>Ready for a test capture on port %1.</source>
        <translation>पोर्ट %1 पर टेस्ट कैप्चर के लिए तैयार।</translation>
    </message>
    <message>
        <source>The scanner&apos;s service stopped answering; searching for it again…</source>
        <translation>स्कैनर की सर्विस ने जवाब देना बंद कर दिया; उसे फिर से खोजा जा रहा है…</translation>
    </message>
    <message>
        <source>Place a finger on the scanner now…</source>
        <translation>अब स्कैनर पर उंगली रखें…</translation>
    </message>
    <message>
        <source>The scanner did not answer in time. Unplug it and plug it back in (or restart its RD service), then press Test capture again.</source>
        <translation>स्कैनर ने समय पर जवाब नहीं दिया। उसे निकालकर फिर से लगाएँ (या उसकी RD सर्विस फिर से शुरू करें), फिर दोबारा टेस्ट कैप्चर दबाएँ।</translation>
    </message>
    <message>
        <source>Test stopped. Press Test capture to try again.</source>
        <translation>टेस्ट रोक दिया गया। फिर से कोशिश करने के लिए टेस्ट कैप्चर दबाएँ।</translation>
    </message>
    <message>
        <source>The scanner works.</source>
        <translation>स्कैनर काम कर रहा है।</translation>
    </message>
    <message>
        <source>Quality: not reported</source>
        <translation>क्वालिटी: नहीं बताई गई</translation>
    </message>
    <message>
        <source>The scanner did not say how good the fingerprint was. You can save this device.</source>
        <translation>स्कैनर ने नहीं बताया कि फ़िंगरप्रिंट कितना अच्छा था। आप यह डिवाइस सेव कर सकते हैं।</translation>
    </message>
    <message>
        <source>Quality: %1 of 100</source>
        <translation>क्वालिटी: 100 में से %1</translation>
    </message>
    <message>
        <source>Good fingerprint. You can save this device.</source>
        <translation>फ़िंगरप्रिंट अच्छा है। आप यह डिवाइस सेव कर सकते हैं।</translation>
    </message>
    <message>
        <source>Try again: %1</source>
        <translation>फिर से कोशिश करें: %1</translation>
    </message>
    <message>
        <source>Test again</source>
        <translation>फिर से टेस्ट करें</translation>
    </message>
    <message>
        <source>The scanner works and the test passed the quality check. You can try your fingerprint login again.</source>
        <translation>स्कैनर काम करता है और टेस्ट गुणवत्ता जाँच में पास हुआ। अब आप फ़िंगरप्रिंट लॉगिन दोबारा कर सकते हैं।</translation>
    </message>
</context>
<context>
    <name>saathi::ui::DeviceChoosePage</name>
    <message>
        <source>Choose the fingerprint device</source>
        <translation>फ़िंगरप्रिंट डिवाइस चुनें</translation>
    </message>
    <message>
        <source>The best ready device is selected. Devices that are not ready are greyed out, with the reason.</source>
        <translation>सबसे अच्छा तैयार डिवाइस चुना गया है। जो डिवाइस तैयार नहीं हैं, वे धुंधले दिखते हैं और साथ में वजह लिखी है।</translation>
    </message>
    <message>
        <source>[saved device]</source>
        <translation>[सेव किया हुआ डिवाइस]</translation>
    </message>
    <message>
        <source>Select a device to continue.</source>
        <translation>आगे बढ़ने के लिए कोई डिवाइस चुनें।</translation>
    </message>
    <message>
        <source>Press Next to check this device&apos;s details.</source>
        <translation>इस डिवाइस की जानकारी जाँचने के लिए आगे दबाएँ।</translation>
    </message>
</context>
<context>
    <name>saathi::ui::DeviceDetailsPage</name>
    <message>
        <source>Check the device</source>
        <translation>डिवाइस जाँचें</translation>
    </message>
    <message>
        <source>Check that the maker, model and serial number match the label on your scanner. If they do not, another program may be pretending to be the scanner: do not use it, and call support.</source>
        <translation>देखें कि कंपनी, मॉडल और सीरियल नंबर आपके स्कैनर के लेबल से मिलते हैं। अगर नहीं मिलते, तो हो सकता है कोई दूसरा प्रोग्राम स्कैनर बनकर धोखा दे रहा हो: उसे इस्तेमाल न करें, और सपोर्ट को कॉल करें।</translation>
    </message>
    <message>
        <source>Maker:</source>
        <translation>कंपनी:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>मॉडल:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>सीरियल नंबर:</translation>
    </message>
    <message>
        <source>RD service:</source>
        <translation>RD सर्विस:</translation>
    </message>
    <message>
        <source>Security level:</source>
        <translation>सुरक्षा लेवल:</translation>
    </message>
    <message>
        <source>Device certificate:</source>
        <translation>डिवाइस सर्टिफ़िकेट:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>पोर्ट:</translation>
    </message>
    <message>
        <source>Reading the device&apos;s details again…</source>
        <translation>डिवाइस की जानकारी फिर से पढ़ रहे हैं…</translation>
    </message>
    <message>
        <source>Details read from the device.</source>
        <translation>जानकारी डिवाइस से पढ़ी गई।</translation>
    </message>
    <message>
        <source>Showing the details found during the search.</source>
        <translation>खोज के समय मिली जानकारी दिखा रहे हैं।</translation>
    </message>
    <message>
        <source>%1 (provider id %2)</source>
        <translation>%1 (प्रोवाइडर आईडी %2)</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, वर्ज़न %2</translation>
    </message>
    <message>
        <source>L1 (keys kept inside the scanner)</source>
        <translation>L1 (कुंजियाँ स्कैनर के अंदर रहती हैं)</translation>
    </message>
    <message>
        <source>L0 (keys kept on this computer)</source>
        <translation>L0 (कुंजियाँ इसी कंप्यूटर पर रहती हैं)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>पता नहीं</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>saathi::ui::DeviceDiscoveryPage</name>
    <message>
        <source>Find the fingerprint device</source>
        <translation>फ़िंगरप्रिंट डिवाइस खोजें</translation>
    </message>
    <message>
        <source>Saathi looks for the scanner&apos;s RD service (the vendor&apos;s driver) on this computer.</source>
        <translation>Saathi इस कंप्यूटर पर स्कैनर की RD सर्विस (कंपनी का ड्राइवर) खोजता है।</translation>
    </message>
    <message>
        <source>%v of %m ports checked</source>
        <translation>%m में से %v पोर्ट जांचे गए</translation>
    </message>
    <message>
        <source>Stop searching</source>
        <translation>खोजना रोकें</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>दोबारा खोजें</translation>
    </message>
    <message>
        <source>Searching for fingerprint device services…</source>
        <translation>फ़िंगरप्रिंट डिवाइस की सर्विस खोजी जा रही है…</translation>
    </message>
    <message>
        <source>Found a service on port %1. Still checking the other ports…</source>
        <translation>पोर्ट %1 पर एक सर्विस मिली। बाकी पोर्ट अभी जांचे जा रहे हैं…</translation>
    </message>
    <message>
        <source>Search stopped. Press Search again when the device is ready.</source>
        <translation>खोज रोक दी गई। डिवाइस तैयार होने पर दोबारा खोजें दबाएं।</translation>
    </message>
    <message>
        <source>Port %1: something answered, but not as a fingerprint service. %2</source>
        <translation>पोर्ट %1: किसी ने जवाब दिया, पर फ़िंगरप्रिंट सर्विस की तरह नहीं। %2</translation>
    </message>
    <message numerus="yes">
        <source>Found %n fingerprint device(s) ready to use. Press Next to choose.</source>
        <translation>
            <numerusform>इस्तेमाल के लिए तैयार %n फ़िंगरप्रिंट डिवाइस मिला। चुनने के लिए आगे दबाएं।</numerusform>
            <numerusform>इस्तेमाल के लिए तैयार %n फ़िंगरप्रिंट डिवाइस मिले। चुनने के लिए आगे दबाएं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Port %1 did not answer properly and was left out.</source>
        <translation>पोर्ट %1 ने ठीक से जवाब नहीं दिया, इसलिए उसे छोड़ दिया गया।</translation>
    </message>
    <message numerus="yes">
        <source>Search finished: %n port(s) checked.</source>
        <translation>
            <numerusform>खोज पूरी हुई: %n पोर्ट जांचा गया।</numerusform>
            <numerusform>खोज पूरी हुई: %n पोर्ट जांचे गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>A fingerprint device service is running, but no scanner is ready. Check that the scanner is plugged in (try another USB port), wait a few seconds, then press Search again. The list above says what each service reported.</source>
        <translation>फ़िंगरप्रिंट डिवाइस की सर्विस चल रही है, पर कोई स्कैनर तैयार नहीं है। देखें कि स्कैनर लगा है (दूसरा यूएसबी पोर्ट आज़माएं), कुछ सेकंड रुकें, फिर दोबारा खोजें दबाएं। ऊपर की सूची में हर सर्विस का जवाब लिखा है।</translation>
    </message>
    <message>
        <source>No fingerprint device service answered on this computer. Check that the device is plugged in and its RD service (the vendor&apos;s driver) is installed and running, then press Search again.</source>
        <translation>इस कंप्यूटर पर किसी फ़िंगरप्रिंट डिवाइस सर्विस ने जवाब नहीं दिया। देखें कि डिवाइस लगा है और उसकी RD सर्विस (कंपनी का ड्राइवर) इंस्टॉल होकर चल रही है, फिर दोबारा खोजें दबाएं।</translation>
    </message>
    <message>
        <source>Something on port %1 answered but not as an RD service: restart the RD service, or close the program using that port.</source>
        <translation>पोर्ट %1 पर किसी ने जवाब दिया, पर RD सर्विस की तरह नहीं: RD सर्विस रीस्टार्ट करें, या उस पोर्ट को इस्तेमाल करने वाला प्रोग्राम बंद करें।</translation>
    </message>
</context>
<context>
    <name>saathi::ui::DeviceSavePage</name>
    <message>
        <source>Save the device</source>
        <translation>डिवाइस सेव करें</translation>
    </message>
    <message>
        <source>Saathi will use %1 %2 (serial %3) for every fingerprint. If the driver moves to another port later, Saathi finds the same scanner again by its serial number. Press Save.</source>
        <translation>Saathi हर फ़िंगरप्रिंट के लिए %1 %2 (सीरियल %3) इस्तेमाल करेगा। अगर बाद में ड्राइवर किसी दूसरे पोर्ट पर चला जाए, तो Saathi सीरियल नंबर से उसी स्कैनर को फिर से ढूँढ लेता है। सेव करें दबाएँ।</translation>
    </message>
</context>
<context>
    <name>saathi::ui::DeviceWizard</name>
    <message>
        <source>Save</source>
        <translation>सेव करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
</context>
<context>
    <name>saathi::ui::DeviceWizardStepPage</name>
    <message>
        <source>not known</source>
        <translation>पता नहीं</translation>
    </message>
    <message>
        <source>unknown maker</source>
        <translation>अज्ञात कंपनी</translation>
    </message>
    <message>
        <source>Port %1: %2, %3</source>
        <translation>पोर्ट %1: %2, %3</translation>
    </message>
    <message>
        <source>, serial %1</source>
        <translation>, सीरियल %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Not ready: the service is running but the scanner is unplugged or not set up. Plug it in (try another USB port) and search again.</source>
        <translation>तैयार नहीं: सर्विस चल रही है, लेकिन स्कैनर लगा नहीं है या सेट नहीं है। उसे लगाएँ (दूसरा यूएसबी पोर्ट आज़माएँ) और फिर से खोजें।</translation>
    </message>
    <message>
        <source>Cannot be used: the service did not say how to take a fingerprint. Reinstall the vendor&apos;s RD service.</source>
        <translation>इस्तेमाल नहीं हो सकता: सर्विस ने फ़िंगरप्रिंट लेने का तरीका नहीं बताया। कंपनी की RD सर्विस फिर से इंस्टॉल करें।</translation>
    </message>
    <message>
        <source>In use: another program is using the scanner. Close it before the test capture.</source>
        <translation>इस्तेमाल में: कोई दूसरा प्रोग्राम स्कैनर इस्तेमाल कर रहा है। टेस्ट कैप्चर से पहले उसे बंद करें।</translation>
    </message>
    <message>
        <source>none sent (the scanner may not be ready)</source>
        <translation>कुछ नहीं भेजा गया (हो सकता है स्कैनर तैयार न हो)</translation>
    </message>
    <message>
        <source>present; expiry date not known</source>
        <translation>मौजूद है; एक्सपायरी तारीख पता नहीं</translation>
    </message>
    <message>
        <source>expired on %1: restart the RD service so it renews it</source>
        <translation>%1 को एक्सपायर हो गया: RD सर्विस फिर से शुरू करें ताकि वह इसे रिन्यू कर दे</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>%1 तक वैध</translation>
    </message>
</context>
<context>
    <name>saathi::ui::DmtCustomerStep</name>
    <message>
        <source>Customer &amp;mobile</source>
        <translation>ग्राहक का मोबाइल (&amp;M)</translation>
    </message>
    <message>
        <source>Money transfer — the customer</source>
        <translation>मनी ट्रांसफ़र — ग्राहक</translation>
    </message>
    <message>
        <source>10-digit mobile number</source>
        <translation>10 अंकों का मोबाइल नंबर</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>खोजें (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Continue to recipients</source>
        <translation>आगे: लाभार्थी (&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>← Back (Esc)</source>
        <translation>← वापस (Esc)</translation>
    </message>
    <message>
        <source>&amp;Verify OTP</source>
        <translation>OTP वेरिफ़ाई करें (&amp;V)</translation>
    </message>
    <message>
        <source>Something went wrong. Try again.</source>
        <translation>कुछ गड़बड़ हो गई। फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Full KYC</source>
        <translation>फ़ुल KYC</translation>
    </message>
    <message>
        <source>Sender eKYC done</source>
        <translation>सेंडर eKYC पूरा</translation>
    </message>
    <message>
        <source>Non-KYC (mobile verified)</source>
        <translation>नॉन-KYC (मोबाइल वेरिफ़ाइड)</translation>
    </message>
    <message>
        <source>Not ready to send</source>
        <translation>अभी पैसे नहीं भेज सकते</translation>
    </message>
    <message>
        <source>Monthly limit: %1 left of %2 this month</source>
        <translation>महीने की लिमिट: इस महीने %2 में से %1 बाकी</translation>
    </message>
    <message>
        <source>Monthly limit: not given by Eko</source>
        <translation>महीने की लिमिट: Eko ने नहीं बताई</translation>
    </message>
</context>
<context>
    <name>saathi::ui::DmtEkycForm</name>
    <message>
        <source>Before the first transfer, the customer verifies with Aadhaar and a fingerprint. Eko then sends an OTP to the customer&apos;s mobile.</source>
        <translation>पहली बार पैसे भेजने से पहले ग्राहक का आधार और फ़िंगरप्रिंट से वेरिफ़िकेशन होता है। उसके बाद Eko ग्राहक के मोबाइल पर OTP भेजता है।</translation>
    </message>
    <message>
        <source>&amp;Aadhaar number</source>
        <translation>आधार नंबर (&amp;A)</translation>
    </message>
    <message>
        <source>I agree that my Aadhaar number and fingerprint are used to verify my identity with UIDAI for money transfer through Eko.</source>
        <translation>मैं सहमत हूँ कि Eko के ज़रिए मनी ट्रांसफ़र के लिए UIDAI से मेरी पहचान की पुष्टि करने में मेरे आधार नंबर और फ़िंगरप्रिंट का इस्तेमाल किया जाए।</translation>
    </message>
    <message>
        <source>Capture &amp;finger &amp;&amp; send OTP</source>
        <translation>उंगली स्कैन करें &amp;&amp; OTP भेजें (&amp;F)</translation>
    </message>
    <message>
        <source>The customer has heard this and a&amp;grees</source>
        <translation>ग्राहक ने यह सुना है और सहमत है (&amp;G)</translation>
    </message>
</context>
<context>
    <name>saathi::ui::DmtOtpWidget</name>
    <message>
        <source>6-digit OTP</source>
        <translation>6 अंकों का OTP</translation>
    </message>
    <message>
        <source>Send OTP &amp;again</source>
        <translation>OTP फिर से भेजें (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Verify OTP</source>
        <translation>OTP वेरिफ़ाई करें (&amp;V)</translation>
    </message>
    <message>
        <source>The OTP is valid for 10 minutes, until %1. After that, send it again.</source>
        <translation>OTP 10 मिनट तक, यानी %1 तक वैध है। उसके बाद इसे फिर से भेजें।</translation>
    </message>
    <message>
        <source>&amp;OTP</source>
        <translation>OTP (&amp;O)</translation>
    </message>
</context>
<context>
    <name>saathi::ui::DmtRecipientForm</name>
    <message>
        <source>A&amp;ccount number</source>
        <translation>खाता नंबर (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;IFSC</source>
        <translation>IFSC (&amp;I)</translation>
    </message>
    <message>
        <source>Recipient&apos;s &amp;name</source>
        <translation>लाभार्थी का नाम (&amp;N)</translation>
    </message>
    <message>
        <source>Recipient&apos;s &amp;mobile</source>
        <translation>लाभार्थी का मोबाइल (&amp;M)</translation>
    </message>
    <message>
        <source>9 to 18 digits</source>
        <translation>9 से 18 अंक</translation>
    </message>
    <message>
        <source>e.g. SBIN0001234</source>
        <translation>जैसे SBIN0001234</translation>
    </message>
    <message>
        <source>10-digit mobile number</source>
        <translation>10 अंकों का मोबाइल नंबर</translation>
    </message>
    <message>
        <source>Sa&amp;ve recipient</source>
        <translation>लाभार्थी सेव करें (&amp;V)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>saathi::ui::DmtRecipientsStep</name>
    <message>
        <source>Money transfer — the recipient</source>
        <translation>मनी ट्रांसफ़र — लाभार्थी</translation>
    </message>
    <message>
        <source>&amp;Send money to this recipient</source>
        <translation>इस लाभार्थी को पैसे भेजें (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add recipient</source>
        <translation>लाभार्थी जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete recipient</source>
        <translation>लाभार्थी हटाएँ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Yes, delete</source>
        <translation>हाँ, हटाएँ (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>रहने दें (&amp;K)</translation>
    </message>
    <message>
        <source>← Back (Esc)</source>
        <translation>← वापस (Esc)</translation>
    </message>
    <message>
        <source>Sender: %1 (%2)</source>
        <translation>भेजने वाला: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2
%3 (%4) · %5</source>
        <translation>%1 — %2
%3 (%4) · %5</translation>
    </message>
    <message>
        <source>No recipients yet. Add the account the customer sends to.</source>
        <translation>अभी कोई लाभार्थी नहीं है। वह खाता जोड़ें जिसमें ग्राहक पैसे भेजते हैं।</translation>
    </message>
    <message>
        <source>Delete %1 (%2) from this customer&apos;s recipients?</source>
        <translation>%1 (%2) को इस ग्राहक के लाभार्थियों से हटाएँ?</translation>
    </message>
</context>
<context>
    <name>saathi::ui::DmtRefundStep</name>
    <message>
        <source>Refund to the customer</source>
        <translation>ग्राहक को रिफ़ंड</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>रिफ़ंड (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>प्रिंट (&amp;P)</translation>
    </message>
    <message>
        <source>Save P&amp;DF</source>
        <translation>PDF सेव करें (&amp;D)</translation>
    </message>
    <message>
        <source>The bank did not complete the transfer of %1 (TID %2). Eko sent the customer an OTP: it is their consent to take the money back as cash. Ask the customer for it.</source>
        <translation>बैंक ने %1 का ट्रांसफ़र (TID %2) पूरा नहीं किया। Eko ने ग्राहक को एक OTP भेजा है: यह पैसा नकद वापस लेने के लिए उनकी सहमति है। ग्राहक से OTP पूछें।</translation>
    </message>
    <message>
        <source>The customer&apos;s refund OTP:</source>
        <translation>ग्राहक का रिफ़ंड OTP:</translation>
    </message>
    <message>
        <source>Asking Eko to send the customer a refund OTP…</source>
        <translation>Eko से ग्राहक को रिफ़ंड OTP भेजने को कह रहे हैं…</translation>
    </message>
    <message>
        <source>Sending the refund… please wait</source>
        <translation>रिफ़ंड भेज रहे हैं… कृपया रुकें</translation>
    </message>
    <message>
        <source>Refunded — give the customer %1 in cash</source>
        <translation>रिफ़ंड हो गया — ग्राहक को %1 नकद दें</translation>
    </message>
    <message>
        <source>Refund pending — we are checking</source>
        <translation>रिफ़ंड पेंडिंग — हम जाँच रहे हैं</translation>
    </message>
    <message>
        <source>Refund failed</source>
        <translation>रिफ़ंड असफल</translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation>हो गया (&amp;N)</translation>
    </message>
</context>
<context>
    <name>saathi::ui::DmtRegistrationForm</name>
    <message>
        <source>This mobile is not registered for money transfer. Register the customer:</source>
        <translation>यह मोबाइल मनी ट्रांसफ़र के लिए रजिस्टर्ड नहीं है। ग्राहक को रजिस्टर करें:</translation>
    </message>
    <message>
        <source>&amp;Name (as on the ID)</source>
        <translation>नाम (जैसा पहचान पत्र पर है) (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>जन्म तिथि (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>पता (&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>शहर (&amp;I)</translation>
    </message>
    <message>
        <source>S&amp;tate</source>
        <translation>राज्य (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;PIN code</source>
        <translation>पिन कोड (&amp;P)</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>दिन/माह/वर्ष</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 अंक</translation>
    </message>
    <message>
        <source>&amp;Register and send OTP</source>
        <translation>रजिस्टर करें और OTP भेजें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>रजिस्टर करें (&amp;R)</translation>
    </message>
</context>
<context>
    <name>saathi::ui::DmtResultStep</name>
    <message>
        <source>&amp;Refund to customer</source>
        <translation>ग्राहक को रिफ़ंड करें (&amp;R)</translation>
    </message>
    <message>
        <source>Send the &amp;remaining transfers</source>
        <translation>बाकी ट्रांसफ़र भेजें (&amp;R)</translation>
    </message>
    <message>
        <source>Save P&amp;DF</source>
        <translation>PDF सेव करें (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Another transfer</source>
        <translation>एक और ट्रांसफ़र (&amp;A)</translation>
    </message>
    <message>
        <source>New &amp;customer</source>
        <translation>नया ग्राहक (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>होम (&amp;H)</translation>
    </message>
    <message>
        <source>Success — %1 sent</source>
        <translation>सफल — %1 भेज दिए गए</translation>
    </message>
    <message>
        <source>Every transfer reached %1&apos;s account. Give the customer the receipt.</source>
        <translation>हर ट्रांसफ़र %1 के खाते में पहुँच गया। ग्राहक को रसीद दें।</translation>
    </message>
    <message>
        <source>Pending — we are checking</source>
        <translation>पेंडिंग — हम जाँच रहे हैं</translation>
    </message>
    <message>
        <source>Pending: NEFT initiated — we are checking</source>
        <translation>पेंडिंग: NEFT शुरू हो गया — हम जाँच रहे हैं</translation>
    </message>
    <message>
        <source>The bank has not confirmed every transfer yet. Do not send it again; this screen updates by itself when the bank answers.</source>
        <translation>बैंक ने अभी तक हर ट्रांसफ़र की पुष्टि नहीं की है। इसे दोबारा न भेजें; बैंक का जवाब आने पर यह स्क्रीन अपने-आप अपडेट हो जाएगी।</translation>
    </message>
    <message>
        <source>Not all sent — %1 of %2 reached the account</source>
        <translation>सब नहीं भेजे गए — %2 में से %1 खाते में पहुँचे</translation>
    </message>
    <message>
        <source>Failed — the money was not sent</source>
        <translation>फ़ेल — पैसे नहीं भेजे गए</translation>
    </message>
    <message>
        <source>The unclear transfer has been found. Send the remaining transfers now.</source>
        <translation>जिस ट्रांसफ़र का नतीजा साफ़ नहीं था, उसका पता चल गया है। अब बाकी ट्रांसफ़र भेजें।</translation>
    </message>
</context>
<context>
    <name>saathi::ui::DmtSendingView</name>
    <message>
        <source>Stop the remaining transfers</source>
        <translation>बाकी ट्रांसफ़र रोकें</translation>
    </message>
    <message>
        <source>Send &amp;this transfer</source>
        <translation>यह ट्रांसफ़र भेजें (&amp;T)</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>इंतज़ार में</translation>
    </message>
    <message>
        <source>waiting for the OTP</source>
        <translation>OTP का इंतज़ार</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>भेज रहे हैं…</translation>
    </message>
    <message>
        <source>sent ✓ UTR %1</source>
        <translation>भेजा गया ✓ UTR %1</translation>
    </message>
    <message>
        <source>initiated — the bank has not confirmed yet</source>
        <translation>शुरू हुआ — बैंक ने अभी पक्का नहीं किया</translation>
    </message>
    <message>
        <source>failed — refund pending</source>
        <translation>असफल — रिफ़ंड पेंडिंग</translation>
    </message>
    <message>
        <source>failed — refunded</source>
        <translation>असफल — रिफ़ंड हो गया</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>असफल</translation>
    </message>
    <message>
        <source>no clear answer — we are checking</source>
        <translation>साफ़ जवाब नहीं मिला — हम जाँच रहे हैं</translation>
    </message>
    <message>
        <source>Transfer %1 of %2: %3 (fee %4) — %5</source>
        <translation>ट्रांसफ़र %2 में से %1: %3 (फ़ीस %4) — %5</translation>
    </message>
    <message>
        <source>Transfer %1 of %2: asking Eko to send the customer an OTP…</source>
        <translation>ट्रांसफ़र %2 में से %1: Eko से ग्राहक को OTP भेजने को कह रहे हैं…</translation>
    </message>
    <message>
        <source>Transfer %1 of %2: enter the OTP the customer received.</source>
        <translation>ट्रांसफ़र %2 में से %1: ग्राहक को मिला OTP डालें।</translation>
    </message>
    <message>
        <source>Transfer %1 of %2: sending to the bank… please wait</source>
        <translation>ट्रांसफ़र %2 में से %1: बैंक को भेज रहे हैं… कृपया रुकें</translation>
    </message>
    <message>
        <source>Eko sent the customer an OTP for transfer %1 of %2 (%3). Ask the customer for it.</source>
        <translation>Eko ने ट्रांसफ़र %2 में से %1 (%3) के लिए ग्राहक को OTP भेजा है। ग्राहक से OTP पूछें।</translation>
    </message>
</context>
<context>
    <name>saathi::ui::DmtTransferStep</name>
    <message>
        <source>Amo&amp;unt (₹)</source>
        <translation>राशि (₹) (&amp;U)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>चैनल</translation>
    </message>
    <message>
        <source>Money transfer — the amount</source>
        <translation>मनी ट्रांसफ़र — राशि</translation>
    </message>
    <message>
        <source>Whole rupees, e.g. 12000</source>
        <translation>पूरे रुपये, जैसे 12000</translation>
    </message>
    <message>
        <source>&amp;IMPS (instant)</source>
        <translation>IMPS (तुरंत) (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;NEFT</source>
        <translation>NEFT (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Show the plan</source>
        <translation>प्लान दिखाएँ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Confirm and send</source>
        <translation>पक्का करें और भेजें (&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>बदलें (&amp;H)</translation>
    </message>
    <message>
        <source>← Back (Esc)</source>
        <translation>← वापस (Esc)</translation>
    </message>
    <message>
        <source>From %1 (%2) to %3, %4, %5</source>
        <translation>%1 (%2) से %3, %4, %5 को</translation>
    </message>
    <message>
        <source>Up to %1 in one transfer; more is sent as several transfers.</source>
        <translation>एक ट्रांसफ़र में %1 तक; इससे ज़्यादा राशि कई ट्रांसफ़र में भेजी जाती है।</translation>
    </message>
    <message>
        <source>%1 left this month for this customer.</source>
        <translation>इस ग्राहक के लिए इस महीने %1 बाकी है।</translation>
    </message>
    <message>
        <source>The bank takes IMPS and NEFT.</source>
        <translation>इस बैंक में IMPS और NEFT दोनों चलते हैं।</translation>
    </message>
    <message>
        <source>This bank takes NEFT only: the money reaches the account within a few hours.</source>
        <translation>इस बैंक में सिर्फ़ NEFT चलता है: पैसा कुछ घंटों में खाते में पहुँचता है।</translation>
    </message>
    <message>
        <source>This bank takes IMPS only.</source>
        <translation>इस बैंक में सिर्फ़ IMPS चलता है।</translation>
    </message>
    <message>
        <source>This bank takes neither IMPS nor NEFT.</source>
        <translation>इस बैंक में न IMPS चलता है, न NEFT।</translation>
    </message>
    <message>
        <source>One %1 transfer:</source>
        <translation>एक %1 ट्रांसफ़र:</translation>
    </message>
    <message>
        <source>%1 is sent as %2 %3 transfers (at most %4 each):</source>
        <translation>%1 को %2 %3 ट्रांसफ़र में भेजा जाएगा (हर एक में ज़्यादा से ज़्यादा %4):</translation>
    </message>
    <message>
        <source>%1. %2   fee %3</source>
        <translation>%1. %2   फ़ीस %3</translation>
    </message>
    <message>
        <source>Collect from the customer: %1 (%2 to send + %3 fees)</source>
        <translation>ग्राहक से लें: %1 (%2 भेजने के + %3 फ़ीस)</translation>
    </message>
    <message>
        <source>The transfer could not be started.</source>
        <translation>ट्रांसफ़र शुरू नहीं हो सका।</translation>
    </message>
</context>
<context>
    <name>saathi::ui::EkycBiometricPage</name>
    <message>
        <source>One-time eKYC: fingerprint</source>
        <translation>एक-बार का eKYC: फ़िंगरप्रिंट</translation>
    </message>
    <message>
        <source>Place your own finger on the device to finish eKYC.</source>
        <translation>eKYC पूरा करने के लिए डिवाइस पर अपनी उँगली रखें।</translation>
    </message>
    <message>
        <source>Capture fingerprint</source>
        <translation>फ़िंगरप्रिंट लें</translation>
    </message>
</context>
<context>
    <name>saathi::ui::EkycDetailsPage</name>
    <message>
        <source>One-time eKYC: your details</source>
        <translation>एक-बार का eKYC: आपका विवरण</translation>
    </message>
    <message>
        <source>The bank sends an OTP to your registered mobile %1.</source>
        <translation>बैंक आपके पंजीकृत मोबाइल %1 पर OTP भेजता है।</translation>
    </message>
    <message>
        <source>Send OTP</source>
        <translation>OTP भेजें</translation>
    </message>
    <message>
        <source>You started eKYC earlier. Enter your Aadhaar number again and press Next to continue, or send a new OTP.</source>
        <translation>आपने पहले eKYC शुरू किया था। जारी रखने के लिए अपनी आधार संख्या फिर से लिखें और आगे दबाएँ, या नया OTP भेजें।</translation>
    </message>
</context>
<context>
    <name>saathi::ui::EkycOtpPage</name>
    <message>
        <source>One-time eKYC: OTP</source>
        <translation>एक-बार का eKYC: OTP</translation>
    </message>
    <message>
        <source>Enter the OTP the bank sent to your mobile.</source>
        <translation>बैंक द्वारा आपके मोबाइल पर भेजा गया OTP लिखें।</translation>
    </message>
    <message>
        <source>Verify OTP</source>
        <translation>OTP सत्यापित करें</translation>
    </message>
    <message>
        <source>Send a new OTP</source>
        <translation>नया OTP भेजें</translation>
    </message>
    <message>
        <source>&amp;OTP</source>
        <translation>OTP (&amp;O)</translation>
    </message>
</context>
<context>
    <name>saathi::ui::EkycWizard</name>
    <message>
        <source>eKYC is complete. Next: today&apos;s biometric login.</source>
        <translation>eKYC पूरा हुआ। अगला: आज का बायोमेट्रिक लॉगिन।</translation>
    </message>
    <message>
        <source>A new OTP was sent.</source>
        <translation>नया OTP भेजा गया।</translation>
    </message>
</context>
<context>
    <name>saathi::ui::ForgetCustomerButton</name>
    <message>
        <source>Forget this customer</source>
        <translation>इस ग्राहक को भूलें</translation>
    </message>
    <message>
        <source>The counter will forget which bank and finger worked for the customer of this transaction. Their transactions stay in the journal. Forget them?</source>
        <translation>काउंटर भूल जाएगा कि इस लेन-देन के ग्राहक के लिए कौन-सा बैंक और कौन-सी उंगली काम आई। उनके लेन-देन जर्नल में बने रहेंगे। क्या उन्हें भूल जाएँ?</translation>
    </message>
    <message>
        <source>For&amp;get this customer…</source>
        <translation>इस ग्राहक को भूलें… (&amp;G)</translation>
    </message>
    <message>
        <source>The customer asked: forget which bank and finger worked for them</source>
        <translation>ग्राहक ने कहा है: भूल जाएँ कि उनके लिए कौन-सा बैंक और कौन-सी उंगली काम आई</translation>
    </message>
</context>
<context>
    <name>saathi::ui::GoLiveActivationPage</name>
    <message>
        <source>Asking Eko whether AePS is active for this agent…</source>
        <translation>Eko से पूछ रहे हैं कि इस एजेंट के लिए AePS चालू है या नहीं…</translation>
    </message>
    <message>
        <source>Choose the document</source>
        <translation>दस्तावेज़ चुनें</translation>
    </message>
    <message>
        <source>JPEG or PDF (*.jpg *.jpeg *.pdf)</source>
        <translation>JPEG या PDF (*.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1 (%2 KB)</translation>
    </message>
    <message>
        <source>Sending the activation request to Eko…</source>
        <translation>सक्रियण अनुरोध Eko को भेज रहे हैं…</translation>
    </message>
    <message>
        <source>AePS activation</source>
        <translation>AePS सक्रियण</translation>
    </message>
    <message>
        <source>Eko checks the request and activates AePS, usually in 1 to 3 working days.</source>
        <translation>Eko अनुरोध जाँचकर AePS चालू करता है, आमतौर पर 1 से 3 कार्य-दिवस में।</translation>
    </message>
    <message>
        <source>AePS is active for this agent. Go on.</source>
        <translation>इस एजेंट के लिए AePS चालू है। आगे बढ़ें।</translation>
    </message>
    <message>
        <source>AePS is requested and awaits Eko&apos;s approval. Go on; the counter shows when it is active.</source>
        <translation>AePS का अनुरोध हो चुका है और Eko की मंज़ूरी बाकी है। आगे बढ़ें; चालू होने पर काउंटर बता देगा।</translation>
    </message>
    <message>
        <source>Eko has deactivated AePS for this agent. Send the request again with clear documents.</source>
        <translation>Eko ने इस एजेंट के लिए AePS बंद कर दिया है। साफ़ दस्तावेज़ों के साथ अनुरोध फिर से भेजें।</translation>
    </message>
    <message>
        <source>AePS is not requested yet. Fill in the request below.</source>
        <translation>AePS का अनुरोध अभी नहीं हुआ है। नीचे अनुरोध भरें।</translation>
    </message>
    <message>
        <source>&amp;Re-check with Eko</source>
        <translation>Eko से फिर जाँचें (&amp;R)</translation>
    </message>
    <message>
        <source>Device model</source>
        <translation>डिवाइस मॉडल</translation>
    </message>
    <message>
        <source>Device serial number</source>
        <translation>डिवाइस सीरियल नंबर</translation>
    </message>
    <message>
        <source>Settlement account</source>
        <translation>सेटलमेंट खाता</translation>
    </message>
    <message>
        <source>IFSC</source>
        <translation>IFSC</translation>
    </message>
    <message>
        <source>Shop type</source>
        <translation>दुकान का प्रकार</translation>
    </message>
    <message>
        <source>Agent&apos;s Aadhaar number</source>
        <translation>एजेंट की आधार संख्या</translation>
    </message>
    <message>
        <source>Office: house / street</source>
        <translation>दफ़्तर: मकान / गली</translation>
    </message>
    <message>
        <source>Office: city</source>
        <translation>दफ़्तर: शहर</translation>
    </message>
    <message>
        <source>Office: state</source>
        <translation>दफ़्तर: राज्य</translation>
    </message>
    <message>
        <source>Office: PIN code</source>
        <translation>दफ़्तर: पिन कोड</translation>
    </message>
    <message>
        <source>PAN card</source>
        <translation>पैन कार्ड</translation>
    </message>
    <message>
        <source>Aadhaar front</source>
        <translation>आधार का सामने वाला भाग</translation>
    </message>
    <message>
        <source>Aadhaar back</source>
        <translation>आधार का पिछला भाग</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>फ़ाइल चुनें…</translation>
    </message>
</context>
<context>
    <name>saathi::ui::GoLiveCredentialsPage</name>
    <message>
        <source>Checking the credentials with Eko…</source>
        <translation>Eko से क्रेडेंशियल जाँच रहे हैं…</translation>
    </message>
    <message>
        <source>Eko accepted the credentials. They are saved in this computer&apos;s keychain.</source>
        <translation>Eko ने क्रेडेंशियल स्वीकार कर लिए। वे इस कंप्यूटर के कीचेन में सहेजे गए हैं।</translation>
    </message>
    <message>
        <source>Eko credentials</source>
        <translation>Eko क्रेडेंशियल</translation>
    </message>
    <message>
        <source>From Eko&apos;s welcome mail. Saathi checks them with Eko before saving them in the keychain.</source>
        <translation>Eko के स्वागत ईमेल से। सहेजने से पहले साथी इन्हें Eko से जाँचता है और फिर कीचेन में रखता है।</translation>
    </message>
    <message>
        <source>&amp;Developer key</source>
        <translation>डेवलपर कुंजी (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Access key</source>
        <translation>एक्सेस कुंजी (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Initiator ID (partner&apos;s mobile)</source>
        <translation>इनिशिएटर आईडी (पार्टनर का मोबाइल) (&amp;I)</translation>
    </message>
    <message>
        <source>Ad&amp;vanced: Eko address and files</source>
        <translation>उन्नत: Eko पता और फ़ाइलें (&amp;V)</translation>
    </message>
    <message>
        <source>Eko address (https://)</source>
        <translation>Eko पता (https://)</translation>
    </message>
    <message>
        <source>Extra CA certificate file (PEM)</source>
        <translation>अतिरिक्त CA प्रमाणपत्र फ़ाइल (PEM)</translation>
    </message>
    <message>
        <source>Aadhaar public key file</source>
        <translation>आधार पब्लिक की फ़ाइल</translation>
    </message>
    <message>
        <source>Endpoint catalogue file</source>
        <translation>एंडपॉइंट कैटलॉग फ़ाइल</translation>
    </message>
</context>
<context>
    <name>saathi::ui::GoLiveEnvironmentPage</name>
    <message>
        <source>Which Eko system?</source>
        <translation>कौन-सा Eko सिस्टम?</translation>
    </message>
    <message>
        <source>Training stays as it is. Set-up is kept for each system, and continues where it stopped.</source>
        <translation>ट्रेनिंग जैसी है वैसी रहेगी। हर सिस्टम की सेट-अप अलग रखी जाती है और जहाँ रुकी थी वहीं से आगे चलती है।</translation>
    </message>
    <message>
        <source>&amp;UAT: Eko&apos;s test system, with the UAT keys Eko gave you</source>
        <translation>UAT: Eko का टेस्ट सिस्टम, Eko से मिली UAT कुंजियों के साथ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Production: real customers and real money</source>
        <translation>प्रोडक्शन: असली ग्राहक और असली पैसा (&amp;P)</translation>
    </message>
    <message>
        <source>Production needs the production keys Eko sends after the UAT sign-off, and a computer whose internet address Eko has whitelisted.</source>
        <translation>प्रोडक्शन के लिए UAT साइन-ऑफ़ के बाद Eko से मिलने वाली प्रोडक्शन कुंजियाँ चाहिए, और ऐसा कंप्यूटर जिसका इंटरनेट पता Eko ने व्हाइटलिस्ट किया हो।</translation>
    </message>
    <message>
        <source>&amp;Training: practise first on the built-in practice counter (no real money)</source>
        <translation>प्रशिक्षण: पहले अंतर्निहित अभ्यास काउंटर पर अभ्यास करें (असली पैसा नहीं) (&amp;T)</translation>
    </message>
</context>
<context>
    <name>saathi::ui::GoLiveFinishPage</name>
    <message>
        <source>Ready to go live</source>
        <translation>लाइव होने के लिए तैयार</translation>
    </message>
    <message>
        <source>Checking that everything is saved…</source>
        <translation>जाँच रहे हैं कि सब कुछ सहेजा गया है…</translation>
    </message>
    <message>
        <source>Credentials, user code, shop details and location are saved for production. Press Finish; then set up the fingerprint device, do the one-time eKYC and today&apos;s login.</source>
        <translation>प्रोडक्शन के लिए क्रेडेंशियल, यूज़र कोड, दुकान का विवरण और लोकेशन सहेजे गए हैं। समाप्त दबाएँ; फिर फ़िंगरप्रिंट डिवाइस सेट करें, एक बार का eKYC और आज का लॉगिन करें।</translation>
    </message>
    <message>
        <source>Credentials, user code, shop details and location are saved for UAT. Press Finish; then set up the fingerprint device, do the one-time eKYC and today&apos;s login.</source>
        <translation>UAT के लिए क्रेडेंशियल, यूज़र कोड, दुकान का विवरण और लोकेशन सहेजे गए हैं। समाप्त दबाएँ; फिर फ़िंगरप्रिंट डिवाइस सेट करें, एक बार का eKYC और आज का लॉगिन करें।</translation>
    </message>
</context>
<context>
    <name>saathi::ui::GoLiveOnboardingPage</name>
    <message>
        <source>Checking the user code with Eko…</source>
        <translation>Eko से यूज़र कोड जाँच रहे हैं…</translation>
    </message>
    <message>
        <source>Sending the agent&apos;s details to Eko…</source>
        <translation>एजेंट का विवरण Eko को भेज रहे हैं…</translation>
    </message>
    <message>
        <source>Onboard the agent</source>
        <translation>एजेंट को ऑनबोर्ड करें</translation>
    </message>
    <message>
        <source>Eko gives every agent a user code. Details as on the agent&apos;s PAN card.</source>
        <translation>Eko हर एजेंट को एक यूज़र कोड देता है। विवरण एजेंट के पैन कार्ड के अनुसार भरें।</translation>
    </message>
    <message>
        <source>&amp;New agent: register with Eko</source>
        <translation>नया एजेंट: Eko में पंजीकरण करें (&amp;N)</translation>
    </message>
    <message>
        <source>I &amp;already have a user code</source>
        <translation>मेरे पास पहले से यूज़र कोड है (&amp;A)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>पहला नाम</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>उपनाम</translation>
    </message>
    <message>
        <source>Agent&apos;s mobile</source>
        <translation>एजेंट का मोबाइल</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>जन्म तिथि</translation>
    </message>
    <message>
        <source>PAN</source>
        <translation>पैन</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>दुकान का नाम</translation>
    </message>
    <message>
        <source>House / street</source>
        <translation>मकान / गली</translation>
    </message>
    <message>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <source>User code</source>
        <translation>यूज़र कोड</translation>
    </message>
    <message>
        <source>Agent&apos;s user code: %1</source>
        <translation>एजेंट का यूज़र कोड: %1</translation>
    </message>
</context>
<context>
    <name>saathi::ui::GoLiveShopPage</name>
    <message>
        <source>Shop details and location</source>
        <translation>दुकान का विवरण और लोकेशन</translation>
    </message>
    <message>
        <source>Printed on every receipt. Eko needs the shop&apos;s location with every AePS request.</source>
        <translation>हर रसीद पर छपता है। Eko को हर AePS अनुरोध के साथ दुकान की लोकेशन चाहिए।</translation>
    </message>
    <message>
        <source>Agent&apos;s &amp;name</source>
        <translation>एजेंट का नाम (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Shop name</source>
        <translation>दुकान का नाम (&amp;S)</translation>
    </message>
    <message>
        <source>Shop &amp;address</source>
        <translation>दुकान का पता (&amp;A)</translation>
    </message>
    <message>
        <source>Agent&apos;s &amp;mobile</source>
        <translation>एजेंट का मोबाइल (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Location (latitude,longitude)</source>
        <translation>लोकेशन (अक्षांश,देशांतर) (&amp;L)</translation>
    </message>
    <message>
        <source>Find the location in a maps app: press and hold on the shop, then copy the two numbers, e.g. 28.6139,77.2090.</source>
        <translation>मैप ऐप में लोकेशन ढूँढें: दुकान पर दबाकर रखें, फिर दोनों संख्याएँ कॉपी करें, जैसे 28.6139,77.2090।</translation>
    </message>
</context>
<context>
    <name>saathi::ui::GoLiveWizard</name>
    <message>
        <source>Go live with Eko</source>
        <translation>Eko के साथ लाइव हों</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; पीछे (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>आगे &gt; (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>पूरा करें (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Start over</source>
        <translation>फिर से शुरू करें (&amp;S)</translation>
    </message>
</context>
<context>
    <name>saathi::ui::HistoryModel</name>
    <message>
        <source>Time (IST)</source>
        <translation>समय (भारतीय समय)</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>लेन-देन</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Customer mobile</source>
        <translation>ग्राहक मोबाइल</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>रेफ़रेंस</translation>
    </message>
    <message>
        <source>Money due back</source>
        <translation>पैसा वापसी की तिथि</translation>
    </message>
</context>
<context>
    <name>saathi::ui::HistoryPage</name>
    <message>
        <source>Back</source>
        <translation>वापस</translation>
    </message>
    <message>
        <source>Show older</source>
        <translation>पुराने दिखाएँ</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <source>Reference, Eko TID or bank RRN</source>
        <translation>रेफ़रेंस, Eko TID या बैंक RRN</translation>
    </message>
    <message>
        <source>All transactions</source>
        <translation>सभी लेन-देन</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>कोई भी स्थिति</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>खोजें</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) shown</source>
        <translation>
            <numerusform>%n लेन-देन दिखाया गया</numerusform>
            <numerusform>%n लेन-देन दिखाए गए</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>रेफ़रेंस: %1</translation>
    </message>
    <message>
        <source>Transaction: %1, %2</source>
        <translation>लेन-देन: %1, %2</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>राशि: %1</translation>
    </message>
    <message>
        <source>Customer: %1 %2</source>
        <translation>ग्राहक: %1 %2</translation>
    </message>
    <message>
        <source>Eko TID: %1  Bank RRN: %2</source>
        <translation>Eko TID: %1  बैंक RRN: %2</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>घटनाएँ:</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>हिस्ट्री एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) exported to %1</source>
        <translation>
            <numerusform>%n लेन-देन %1 में एक्सपोर्ट किया गया</numerusform>
            <numerusform>%n लेन-देन %1 में एक्सपोर्ट किए गए</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reprint receipt</source>
        <translation>रसीद दोबारा छापें (&amp;R)</translation>
    </message>
    <message>
        <source>The selected transaction&apos;s receipt, marked DUPLICATE (Ctrl+P)</source>
        <translation>चुने गए लेन-देन की रसीद, प्रतिलिपि अंकित (Ctrl+P)</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>जवाब का इंतज़ार</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>से (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Days (IST)</source>
        <translation>दिन (भारतीय समय) (&amp;D)</translation>
    </message>
    <message>
        <source>Customer &amp;mobile</source>
        <translation>ग्राहक का मोबाइल (&amp;M)</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>रेफ़रेंस (&amp;F)</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>दिखाएँ (&amp;H)</translation>
    </message>
    <message>
        <source>in &amp;state</source>
        <translation>स्थिति (&amp;S)</translation>
    </message>
    <message>
        <source>The counter forgot this customer&apos;s banks and finger.</source>
        <translation>काउंटर इस ग्राहक के बैंक और उंगली भूल गया।</translation>
    </message>
</context>
<context>
    <name>saathi::ui::HomePage</name>
    <message>
        <source>Asking Eko about the unresolved transactions again…</source>
        <translation>अनसुलझे लेन-देन के बारे में Eko से फिर पूछा जा रहा है…</translation>
    </message>
    <message>
        <source>Cash Withdrawal</source>
        <translation>नकद निकासी</translation>
    </message>
    <message>
        <source>Balance Enquiry</source>
        <translation>बैलेंस पूछताछ</translation>
    </message>
    <message>
        <source>Mini Statement</source>
        <translation>मिनी स्टेटमेंट</translation>
    </message>
    <message>
        <source>Aadhaar Pay</source>
        <translation>आधार पे</translation>
    </message>
    <message>
        <source>Money Transfer</source>
        <translation>मनी ट्रांसफ़र</translation>
    </message>
    <message>
        <source>History</source>
        <translation>इतिहास</translation>
    </message>
    <message>
        <source> Last daily login: %1.</source>
        <translation> पिछला दैनिक लॉगिन: %1।</translation>
    </message>
    <message>
        <source>AePS is locked: your one-time eKYC (OTP and fingerprint) is not done yet.</source>
        <translation>AePS बंद है: आपका एक-बार का eKYC (OTP और फ़िंगरप्रिंट) अभी नहीं हुआ है।</translation>
    </message>
    <message>
        <source>Do eKYC now</source>
        <translation>अभी eKYC करें</translation>
    </message>
    <message>
        <source>AePS is locked until today&apos;s biometric login succeeds.</source>
        <translation>आज का बायोमेट्रिक लॉगिन सफल होने तक AePS बंद है।</translation>
    </message>
    <message>
        <source>Do daily login now</source>
        <translation>अभी दैनिक लॉगिन करें</translation>
    </message>
    <message>
        <source>AePS is ready.</source>
        <translation>AePS तैयार है।</translation>
    </message>
    <message>
        <source>Comes with the money-transfer update</source>
        <translation>मनी-ट्रांसफ़र अपडेट के साथ आएगा</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Close the &amp;day…</source>
        <translation>दिन बंद करें… (&amp;D)</translation>
    </message>
</context>
<context>
    <name>saathi::ui::LockScreen</name>
    <message numerus="yes">
        <source>Wrong PIN. %n attempt(s) left before the counter locks for 30 minutes.</source>
        <translation>
            <numerusform>गलत पिन। काउंटर 30 मिनट के लिए बंद होने से पहले %n प्रयास बाकी।</numerusform>
            <numerusform>गलत पिन। काउंटर 30 मिनट के लिए बंद होने से पहले %n प्रयास बाकी।</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs. The counter is locked until %1.</source>
        <translation>बहुत बार गलत पिन। काउंटर %1 तक बंद है।</translation>
    </message>
    <message>
        <source>Close Saathi</source>
        <translation>साथी बंद करें</translation>
    </message>
    <message>
        <source>Counter locked</source>
        <translation>काउंटर बंद है</translation>
    </message>
    <message>
        <source>Enter the supervisor&apos;s PIN to close Saathi.</source>
        <translation>साथी बंद करने के लिए सुपरवाइज़र का पिन लिखें।</translation>
    </message>
    <message>
        <source>Enter the agent&apos;s PIN to continue. Transactions already sent carry on.</source>
        <translation>जारी रखने के लिए एजेंट का पिन लिखें। भेजे जा चुके लेन-देन चलते रहेंगे।</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>पिन</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message numerus="yes">
        <source>That is not the supervisor&apos;s PIN. %n attempt(s) left before it locks for 30 minutes.</source>
        <translation>
            <numerusform>यह सुपरवाइज़र का पिन नहीं है। 30 मिनट के लिए बंद होने से पहले %n प्रयास बाकी।</numerusform>
            <numerusform>यह सुपरवाइज़र का पिन नहीं है। 30 मिनट के लिए बंद होने से पहले %n प्रयास बाकी।</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong supervisor PINs. Try again after %1.</source>
        <translation>बहुत बार गलत सुपरवाइज़र पिन। %1 के बाद फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>पिन (&amp;P)</translation>
    </message>
</context>
<context>
    <name>saathi::ui::MainWindow</name>
    <message>
        <source>Agent %1</source>
        <translation>एजेंट %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>E-value: %1</source>
        <translation>ई-वैल्यू: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved</source>
        <translation>
            <numerusform>%n अनसुलझा</numerusform>
            <numerusform>%n अनसुलझे</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is coming soon to this counter.</source>
        <translation>%1 जल्द ही इस काउंटर पर आ रहा है।</translation>
    </message>
    <message>
        <source>Saathi</source>
        <translation>साथी</translation>
    </message>
    <message>
        <source>Aadhaar banking and money transfer at your counter</source>
        <translation>आपके काउंटर पर आधार बैंकिंग और मनी ट्रांसफ़र</translation>
    </message>
    <message>
        <source>Fingerprint device</source>
        <translation>फ़िंगरप्रिंट डिवाइस</translation>
    </message>
    <message>
        <source>Find, test and choose the fingerprint scanner</source>
        <translation>फ़िंगरप्रिंट स्कैनर खोजें, जाँचें और चुनें</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>Settings (%1)</source>
        <translation>सेटिंग्स (%1)</translation>
    </message>
</context>
<context>
    <name>saathi::ui::MiniStatementModel</name>
    <message>
        <source>Credit</source>
        <translation>जमा</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>नामे</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
</context>
<context>
    <name>saathi::ui::OnboardingWizard</name>
    <message>
        <source>Onboard an agent with Eko</source>
        <translation>Eko के साथ एजेंट को जोड़ें</translation>
    </message>
</context>
<context>
    <name>saathi::ui::OpenRowsBox</name>
    <message>
        <source>Check again</source>
        <translation>फिर से जाँचें</translation>
    </message>
    <message>
        <source>Check with Eko by hand (sent before each environment had its own journal): %1</source>
        <translation>Eko से खुद जाँचें (हर परिवेश का अलग जर्नल होने से पहले भेजा गया): %1</translation>
    </message>
    <message>
        <source>Transactions waiting for Eko&apos;s final answer: %1</source>
        <translation>Eko के अंतिम उत्तर की प्रतीक्षा में लेन-देन: %1</translation>
    </message>
</context>
<context>
    <name>saathi::ui::OperatorDialog</name>
    <message>
        <source>Write the operator&apos;s name.</source>
        <translation>ऑपरेटर का नाम लिखें।</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type them again.</source>
        <translation>दोनों पिन एक जैसे नहीं हैं। इन्हें फिर से टाइप करें।</translation>
    </message>
    <message>
        <source>Add an operator</source>
        <translation>ऑपरेटर जोड़ें</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>नाम (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;PIN (4–8 digits)</source>
        <translation>पिन (4–8 अंक) (&amp;P)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>पिन दोबारा (&amp;A)</translation>
    </message>
    <message>
        <source>Change %1&apos;s PIN</source>
        <translation>%1 का पिन बदलें</translation>
    </message>
    <message>
        <source>&amp;Current PIN</source>
        <translation>मौजूदा पिन (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New PIN (4–8 digits)</source>
        <translation>नया पिन (4–8 अंक) (&amp;N)</translation>
    </message>
    <message>
        <source>New PIN &amp;again</source>
        <translation>नया पिन दोबारा (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>saathi::ui::OperatorsBox</name>
    <message>
        <source>%1 can now open the till with their PIN.</source>
        <translation>%1 अब अपने पिन से गल्ला खोल सकते हैं।</translation>
    </message>
    <message>
        <source>%1&apos;s PIN is changed.</source>
        <translation>%1 का पिन बदल गया है।</translation>
    </message>
    <message>
        <source>Remove an operator</source>
        <translation>ऑपरेटर हटाएँ</translation>
    </message>
    <message>
        <source>Remove %1? They can no longer open the till or take it over. Shifts already recorded keep their name.</source>
        <translation>%1 को हटाएँ? वे अब गल्ला न खोल पाएँगे, न सँभाल पाएँगे। पहले से दर्ज पारियों में उनका नाम बना रहेगा।</translation>
    </message>
    <message>
        <source>%1 is removed.</source>
        <translation>%1 को हटा दिया गया है।</translation>
    </message>
    <message>
        <source>Operators at the till</source>
        <translation>गल्ले के ऑपरेटर</translation>
    </message>
    <message>
        <source>Everyone who works the cash till, each with their own PIN. While nobody is named here, the till opens in the agent&apos;s name without a PIN.</source>
        <translation>नकद गल्ला सँभालने वाला हर व्यक्ति, हर एक का अपना पिन। जब तक यहाँ किसी का नाम नहीं है, गल्ला एजेंट के नाम से बिना पिन के खुलता है।</translation>
    </message>
    <message>
        <source>Add an operator…</source>
        <translation>ऑपरेटर जोड़ें…</translation>
    </message>
    <message>
        <source>Change PIN…</source>
        <translation>पिन बदलें…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>हटाएँ…</translation>
    </message>
</context>
<context>
    <name>saathi::ui::PinWidget</name>
    <message>
        <source>The two new PINs are not the same. Type them again.</source>
        <translation>दोनों नए पिन एक जैसे नहीं हैं। फिर से लिखें।</translation>
    </message>
    <message>
        <source>PIN saved.</source>
        <translation>पिन सहेजा गया।</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>मौजूदा पिन</translation>
    </message>
    <message>
        <source>New PIN (4–8 digits)</source>
        <translation>नया पिन (4–8 अंक)</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>नया पिन दोबारा</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>पिन बदलें</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>पिन सेट करें</translation>
    </message>
    <message numerus="yes">
        <source>The current PIN is not right. %n attempt(s) left before it locks for 30 minutes.</source>
        <translation>
            <numerusform>मौजूदा पिन सही नहीं है। 30 मिनट के लिए बंद होने से पहले %n प्रयास बाकी।</numerusform>
            <numerusform>मौजूदा पिन सही नहीं है। 30 मिनट के लिए बंद होने से पहले %n प्रयास बाकी।</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again after %1.</source>
        <translation>बहुत बार गलत पिन। %1 के बाद फिर कोशिश करें।</translation>
    </message>
</context>
<context>
    <name>saathi::ui::PracticePanel</name>
    <message>
        <source>Practice</source>
        <translation>अभ्यास</translation>
    </message>
    <message>
        <source>Stop practice</source>
        <translation>अभ्यास रोकें</translation>
    </message>
    <message>
        <source>In progress: %1. %2</source>
        <translation>चल रहा है: %1। %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose a situation to practise. The counter sets it up; the hints say what to do.</source>
        <translation>अभ्यास के लिए कोई स्थिति चुनें। काउंटर उसे तैयार करता है; संकेत बताते हैं कि क्या करना है।</translation>
    </message>
    <message>
        <source>Checks before the finger</source>
        <translation>उँगली से पहले की जाँच</translation>
    </message>
</context>
<context>
    <name>saathi::ui::PreflightPrompt</name>
    <message>
        <source>This customer&apos;s bank last time: %1</source>
        <translation>पिछली बार इस ग्राहक का बैंक: %1</translation>
    </message>
    <message>
        <source>Go ahead any&amp;way</source>
        <translation>फिर भी आगे बढ़ें (&amp;W)</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>बदलें (&amp;H)</translation>
    </message>
    <message>
        <source>Check the warning before the finger is taken: change the form, or go ahead anyway.</source>
        <translation>उंगली लगाने से पहले चेतावनी देखें: फ़ॉर्म बदलें, या फिर भी आगे बढ़ें।</translation>
    </message>
</context>
<context>
    <name>saathi::ui::PrinterSettingsBox</name>
    <message>
        <source>Folder for receipt PDFs</source>
        <translation>रसीद PDF के लिए फ़ोल्डर</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>रसीद प्रिंटर</translation>
    </message>
    <message>
        <source>No printer chosen</source>
        <translation>कोई प्रिंटर नहीं चुना गया</translation>
    </message>
    <message>
        <source>Thermal receipt printer (serial or USB port)</source>
        <translation>थर्मल रसीद प्रिंटर (सीरियल या यूएसबी पोर्ट)</translation>
    </message>
    <message>
        <source>System printer</source>
        <translation>सिस्टम प्रिंटर</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF फ़ाइल</translation>
    </message>
    <message>
        <source>P&amp;rinter</source>
        <translation>प्रिंटर (&amp;R)</translation>
    </message>
    <message>
        <source>Speed (&amp;baud)</source>
        <translation>गति (बॉड) (&amp;B)</translation>
    </message>
    <message>
        <source>Paper &amp;width</source>
        <translation>कागज़ की चौड़ाई (&amp;W)</translation>
    </message>
    <message>
        <source>58 mm</source>
        <translation>58 मिमी</translation>
    </message>
    <message>
        <source>80 mm</source>
        <translation>80 मिमी</translation>
    </message>
    <message>
        <source>Print &amp;as</source>
        <translation>ऐसे छापें (&amp;A)</translation>
    </message>
    <message>
        <source>Automatic: text for English, image for Hindi</source>
        <translation>अपने-आप: अंग्रेज़ी के लिए टेक्स्ट, हिन्दी के लिए चित्र</translation>
    </message>
    <message>
        <source>Text (fastest; English only)</source>
        <translation>टेक्स्ट (सबसे तेज़; केवल अंग्रेज़ी)</translation>
    </message>
    <message>
        <source>Image (any language)</source>
        <translation>चित्र (कोई भी भाषा)</translation>
    </message>
    <message>
        <source>Ask the printer&apos;s status before each receipt (DLE EOT)</source>
        <translation>हर रसीद से पहले प्रिंटर की स्थिति पूछें (DLE EOT)</translation>
    </message>
    <message>
        <source>Turn this off if the printer never answers: many low-cost printers do not.</source>
        <translation>अगर प्रिंटर कभी जवाब नहीं देता तो इसे बंद करें: कई सस्ते प्रिंटर जवाब नहीं देते।</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF सहेजें</translation>
    </message>
    <message>
        <source>Ask where, each time</source>
        <translation>हर बार पूछें कि कहाँ</translation>
    </message>
    <message>
        <source>In this folder:</source>
        <translation>इस फ़ोल्डर में:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>चुनें… (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Print receipts on</source>
        <translation>रसीदें यहाँ छापें (&amp;P)</translation>
    </message>
    <message>
        <source>Por&amp;t</source>
        <translation>पोर्ट (&amp;T)</translation>
    </message>
</context>
<context>
    <name>saathi::ui::ReceiptOutput</name>
    <message>
        <source>The receipt was printed.</source>
        <translation>रसीद छप गई।</translation>
    </message>
    <message>
        <source>%1 The receipt is kept: press Print again when the printer is ready.</source>
        <translation>%1 रसीद रखी गई है: प्रिंटर तैयार होने पर फिर से छापें दबाएँ।</translation>
    </message>
    <message>
        <source>To print without this dialog, choose the receipt printer in Settings (Ctrl+,).</source>
        <translation>इस संवाद के बिना छापने के लिए सेटिंग्स (Ctrl+,) में रसीद प्रिंटर चुनें।</translation>
    </message>
    <message>
        <source>The receipt was sent to the printer.</source>
        <translation>रसीद प्रिंटर को भेज दी गई।</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>रसीद PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The receipt was not saved.</source>
        <translation>रसीद सहेजी नहीं गई।</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>सहेजा गया: %1</translation>
    </message>
</context>
<context>
    <name>saathi::ui::ReceiptPrintAction</name>
    <message>
        <source>Print &amp;again</source>
        <translation>फिर से छापें (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>प्रिंट (&amp;P)</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>छप रही है…</translation>
    </message>
</context>
<context>
    <name>saathi::ui::ReceiptQrView</name>
    <message>
        <source>Scan to keep this receipt</source>
        <translation>यह रसीद रखने के लिए स्कैन करें</translation>
    </message>
    <message>
        <source>QR code of this receipt</source>
        <translation>इस रसीद का QR कोड</translation>
    </message>
    <message>
        <source>The transaction&apos;s reference, amount, time and agent code, for the bank or a dispute.</source>
        <translation>लेन-देन का संदर्भ, राशि, समय और एजेंट कोड, बैंक या विवाद के लिए।</translation>
    </message>
</context>
<context>
    <name>saathi::ui::ReceiptView</name>
    <message>
        <source>Receipt</source>
        <translation>रसीद</translation>
    </message>
</context>
<context>
    <name>saathi::ui::ReprintPanel</name>
    <message>
        <source>Finding the transaction…</source>
        <translation>लेन-देन खोजा जा रहा है…</translation>
    </message>
    <message>
        <source>Reprint (marked DUPLICATE)</source>
        <translation>दोबारा छपाई (प्रतिलिपि अंकित)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>बंद करें (&amp;C)</translation>
    </message>
</context>
<context>
    <name>saathi::ui::ServiceStatusPage</name>
    <message>
        <source>Asking Eko…</source>
        <translation>Eko से पूछा जा रहा है…</translation>
    </message>
    <message>
        <source>Eko lists no services for this agent yet.</source>
        <translation>Eko में इस एजेंट के लिए अभी कोई सेवा नहीं है।</translation>
    </message>
    <message>
        <source>Checked with Eko just now.</source>
        <translation>अभी-अभी Eko से जाँचा गया।</translation>
    </message>
    <message>
        <source>Service status</source>
        <translation>सेवा की स्थिति</translation>
    </message>
    <message>
        <source>AePS works once Eko shows it as activated. Approval usually takes 1 to 3 working days.</source>
        <translation>Eko में सक्रिय दिखने के बाद AePS काम करता है। स्वीकृति में आम तौर पर 1 से 3 कार्य दिवस लगते हैं।</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>सेवा</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Eko&apos;s comments</source>
        <translation>Eko की टिप्पणी</translation>
    </message>
    <message>
        <source>&amp;Re-check</source>
        <translation>फिर से जाँचें (&amp;R)</translation>
    </message>
</context>
<context>
    <name>saathi::ui::SettingsPage</name>
    <message>
        <source>In use: %1.</source>
        <translation>उपयोग में: %1।</translation>
    </message>
    <message>
        <source>Shop location</source>
        <translation>दुकान का स्थान</translation>
    </message>
    <message>
        <source>Reading the saved credentials…</source>
        <translation>सहेजे गए क्रेडेंशियल पढ़े जा रहे हैं…</translation>
    </message>
    <message>
        <source>To switch to %1, save these first: %2.</source>
        <translation>%1 पर जाने के लिए पहले ये सहेजें: %2।</translation>
    </message>
    <message>
        <source>Save the credentials to switch to %1.</source>
        <translation>%1 पर जाने के लिए क्रेडेंशियल सहेजें।</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>सेटिंग्स सहेजी गईं।</translation>
    </message>
    <message>
        <source>Some settings need attention: see the messages above.</source>
        <translation>कुछ सेटिंग्स पर ध्यान दें: ऊपर के संदेश देखें।</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>वापस</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Training (built-in sandbox)</source>
        <translation>प्रशिक्षण (अंतर्निहित सैंडबॉक्स)</translation>
    </message>
    <message>
        <source>Eko UAT</source>
        <translation>Eko UAT (परीक्षण)</translation>
    </message>
    <message>
        <source>Eko production (real money)</source>
        <translation>Eko प्रोडक्शन (असली पैसा)</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>कियोस्क मोड</translation>
    </message>
    <message>
        <source>Full screen, and closing needs the supervisor&apos;s PIN</source>
        <translation>पूरी स्क्रीन, और बंद करने के लिए सुपरवाइज़र का पिन चाहिए</translation>
    </message>
    <message>
        <source>Agent&apos;s unlock PIN</source>
        <translation>एजेंट का अनलॉक पिन</translation>
    </message>
    <message>
        <source>Supervisor&apos;s PIN (to close Saathi in kiosk mode)</source>
        <translation>सुपरवाइज़र का पिन (कियोस्क मोड में साथी बंद करने के लिए)</translation>
    </message>
    <message>
        <source>&amp;Onboard an agent with Eko…</source>
        <translation>Eko पर एजेंट जोड़ें… (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Go live with Eko UAT or production…</source>
        <translation>Eko UAT या प्रोडक्शन पर लाइव जाएँ… (&amp;G)</translation>
    </message>
    <message>
        <source>Eko &amp;environment</source>
        <translation>Eko परिवेश (&amp;E)</translation>
    </message>
    <message>
        <source>Shop &amp;location (latitude,longitude)</source>
        <translation>दुकान का स्थान (अक्षांश,देशांतर) (&amp;L)</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>भाषा (&amp;N)</translation>
    </message>
    <message>
        <source>Lock after idle &amp;minutes</source>
        <translation>इतने मिनट निष्क्रिय रहने पर बंद करें (&amp;M)</translation>
    </message>
</context>
<context>
    <name>saathi::ui::StuckMoneyBox</name>
    <message>
        <source>Failed transactions: the customer&apos;s bank must reverse any debit by the deadline: %1</source>
        <translation>विफल लेनदेन: ग्राहक के बैंक को कटा पैसा अंतिम तिथि तक लौटाना होगा: %1</translation>
    </message>
    <message>
        <source>Customer asking about their money? M&amp;obile:</source>
        <translation>ग्राहक अपने पैसे के बारे में पूछ रहे हैं? मोबाइल (&amp;O):</translation>
    </message>
    <message>
        <source>10-digit mobile number</source>
        <translation>10 अंकों का मोबाइल नंबर</translation>
    </message>
    <message>
        <source>Nothing of this customer&apos;s is stuck or was stuck in the last 60 days.</source>
        <translation>पिछले 60 दिनों में इस ग्राहक का कोई पैसा अटका नहीं है, न अटका था।</translation>
    </message>
</context>
<context>
    <name>saathi::ui::SupportFileBox</name>
    <message>
        <source>Save a support file</source>
        <translation>सहायता फ़ाइल सहेजें</translation>
    </message>
    <message>
        <source>Support file (*.json)</source>
        <translation>सहायता फ़ाइल (*.json)</translation>
    </message>
    <message>
        <source>Saving the support file…</source>
        <translation>सहायता फ़ाइल सहेजी जा रही है…</translation>
    </message>
    <message>
        <source>Saved: %1. Send this file to your support engineer.</source>
        <translation>सहेजी गई: %1। यह फ़ाइल अपने सहायता इंजीनियर को भेजें।</translation>
    </message>
    <message>
        <source>Help from support</source>
        <translation>सहायता टीम से मदद</translation>
    </message>
    <message>
        <source>If something went wrong, save a support file and send it to your distributor&apos;s support engineer. It holds the app&apos;s logs, a summary of the journals and the settings — no customer Aadhaar number, fingerprint data or password.</source>
        <translation>अगर कुछ गड़बड़ हुई हो, तो एक सहायता फ़ाइल सहेजें और उसे अपने डिस्ट्रीब्यूटर के सहायता इंजीनियर को भेजें। इसमें ऐप के लॉग, जर्नल का सारांश और सेटिंग्स होती हैं — ग्राहक का आधार नंबर, फ़िंगरप्रिंट डेटा या पासवर्ड नहीं।</translation>
    </message>
    <message>
        <source>Save a support &amp;file…</source>
        <translation>सहायता फ़ाइल सहेजें… (&amp;F)</translation>
    </message>
</context>
<context>
    <name>saathi::ui::SwitchRefusedBox</name>
    <message>
        <source>No supervisor PIN is set, so nobody can override. Wait until these transactions are settled.</source>
        <translation>सुपरवाइज़र पिन सेट नहीं है, इसलिए कोई इसे नहीं बदल सकता। इन लेन-देन के निपटने तक रुकें।</translation>
    </message>
    <message>
        <source>The environment was not changed</source>
        <translation>परिवेश नहीं बदला गया</translation>
    </message>
    <message>
        <source>The journal could not be read, so the counter cannot tell whether money is still unresolved here. Try again in a moment.</source>
        <translation>जर्नल पढ़ा नहीं जा सका, इसलिए काउंटर नहीं बता सकता कि यहाँ पैसा अभी अटका है या नहीं। थोड़ी देर में फिर कोशिश करें।</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) here still wait for Eko&apos;s final answer. The counter stays on this environment until they are settled, so that each is checked with the Eko that received it. A supervisor may switch anyway; they are checked again when you come back.</source>
        <translation>
            <numerusform>यहाँ %n लेन-देन अब भी Eko के अंतिम जवाब की प्रतीक्षा में हैं। उनके निपटने तक काउंटर इसी परिवेश में रहेगा, ताकि हर एक की जाँच उसी Eko से हो जिसने उसे पाया। सुपरवाइज़र फिर भी बदल सकता है; आपके लौटने पर इनकी फिर जाँच होगी।</numerusform>
            <numerusform>यहाँ %n लेन-देन अब भी Eko के अंतिम जवाब की प्रतीक्षा में हैं। उनके निपटने तक काउंटर इसी परिवेश में रहेगा, ताकि हर एक की जाँच उसी Eko से हो जिसने उसे पाया। सुपरवाइज़र फिर भी बदल सकता है; आपके लौटने पर इनकी फिर जाँच होगी।</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · reference %4</source>
        <translation>%1 · %2 · %3 · संदर्भ %4</translation>
    </message>
    <message>
        <source>(Eko TID %1)</source>
        <translation>(Eko TID %1)</translation>
    </message>
    <message>
        <source>Supervisor&apos;s PIN</source>
        <translation>सुपरवाइज़र का पिन</translation>
    </message>
    <message>
        <source>Switch to %1 anyway (supervisor)</source>
        <translation>फिर भी %1 पर जाएँ (सुपरवाइज़र)</translation>
    </message>
    <message numerus="yes">
        <source>That is not the supervisor&apos;s PIN. %n attempt(s) left before it locks for 30 minutes.</source>
        <translation>
            <numerusform>यह सुपरवाइज़र का पिन नहीं है। 30 मिनट के लिए बंद होने से पहले %n प्रयास बाकी।</numerusform>
            <numerusform>यह सुपरवाइज़र का पिन नहीं है। 30 मिनट के लिए बंद होने से पहले %n प्रयास बाकी।</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong supervisor PINs. Try again after %1.</source>
        <translation>बहुत बार गलत सुपरवाइज़र पिन। %1 के बाद फिर कोशिश करें।</translation>
    </message>
</context>
<context>
    <name>saathi::ui::TillCloseForm</name>
    <message>
        <source>Name the next operator in Settings first: only one operator is named there.</source>
        <translation>पहले सेटिंग्स में अगले ऑपरेटर का नाम जोड़ें: वहाँ अभी एक ही ऑपरेटर है।</translation>
    </message>
    <message>
        <source>Write the name of the operator who takes the drawer over.</source>
        <translation>गल्ला सँभालने वाले ऑपरेटर का नाम लिखें।</translation>
    </message>
    <message>
        <source>%1 has the drawer already. Choose the operator who takes it over.</source>
        <translation>गल्ला पहले से %1 के पास है। वह ऑपरेटर चुनें जो इसे सँभालेगा।</translation>
    </message>
    <message>
        <source>Closing the till…</source>
        <translation>गल्ला बंद हो रहा है…</translation>
    </message>
    <message>
        <source>Handing the drawer over…</source>
        <translation>गल्ला सौंपा जा रहा है…</translation>
    </message>
    <message>
        <source>Close the till or hand it over</source>
        <translation>गल्ला बंद करें या सौंपें</translation>
    </message>
    <message>
        <source>Counted ca&amp;sh (₹)</source>
        <translation>गिना हुआ नकद (₹) (&amp;S)</translation>
    </message>
    <message>
        <source>the cash in the drawer now</source>
        <translation>अभी गल्ले में मौजूद नकद</translation>
    </message>
    <message>
        <source>&amp;Close the till</source>
        <translation>गल्ला बंद करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Yes, close the till</source>
        <translation>हाँ, गल्ला बंद करें (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Next operator</source>
        <translation>अगला ऑपरेटर (&amp;N)</translation>
    </message>
    <message>
        <source>Next operator&apos;s &amp;PIN</source>
        <translation>अगले ऑपरेटर का पिन (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>सौंपें (&amp;H)</translation>
    </message>
</context>
<context>
    <name>saathi::ui::TillFigures</name>
    <message>
        <source>The drawer now</source>
        <translation>गल्ला अभी</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>ऑपरेटर</translation>
    </message>
    <message>
        <source>Opened at</source>
        <translation>खुलने का समय</translation>
    </message>
    <message>
        <source>Opening cash</source>
        <translation>शुरुआती नकद</translation>
    </message>
    <message>
        <source>Added or taken out by hand</source>
        <translation>हाथ से डाला या निकाला</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>लेन-देन</translation>
    </message>
    <message>
        <source>Expected cash in the drawer</source>
        <translation>गल्ले में अपेक्षित नकद</translation>
    </message>
    <message>
        <source>%1 IST</source>
        <translation>%1 IST</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n entry(s)</source>
        <translation>
            <numerusform>%1, %n प्रविष्टि में</numerusform>
            <numerusform>%1, %n प्रविष्टियों में</numerusform>
        </translation>
    </message>
    <message>
        <source>cash in %1</source>
        <translation>नकद आया %1</translation>
    </message>
    <message>
        <source>cash out %1</source>
        <translation>नकद गया %1</translation>
    </message>
    <message>
        <source>no cash moves</source>
        <translation>नकद का लेन-देन नहीं</translation>
    </message>
    <message>
        <source>%1: %2 · %3 · %4</source>
        <translation>%1: %2 · %3 · %4</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>अभी कोई नहीं</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) still wait for Eko&apos;s final answer; their cash counts once they succeed.</source>
        <translation>
            <numerusform>%n लेन-देन अभी Eko के अंतिम जवाब का इंतज़ार कर रहा है; सफल होने पर ही उसका नकद गिना जाएगा।</numerusform>
            <numerusform>%n लेन-देन अभी Eko के अंतिम जवाब का इंतज़ार कर रहे हैं; सफल होने पर ही उनका नकद गिना जाएगा।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>saathi::ui::TillMoveForm</name>
    <message>
        <source>Say why the cash moved, for example &quot;change from the owner&quot;.</source>
        <translation>बताएँ कि नकद क्यों डाला या निकाला गया, जैसे &quot;मालिक से खुले पैसे&quot;।</translation>
    </message>
    <message>
        <source>Recorded: %1 taken out (%2).</source>
        <translation>दर्ज हुआ: %1 निकाले गए (%2)।</translation>
    </message>
    <message>
        <source>Recorded: %1 added (%2).</source>
        <translation>दर्ज हुआ: %1 डाले गए (%2)।</translation>
    </message>
    <message>
        <source>Cash added or taken out</source>
        <translation>नकद डाला या निकाला</translation>
    </message>
    <message>
        <source>Added to the &amp;drawer</source>
        <translation>गल्ले में डाला (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Taken out</source>
        <translation>निकाला (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Amount (₹)</source>
        <translation>राशि (₹) (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>कारण (&amp;R)</translation>
    </message>
    <message>
        <source>for example: change from the owner</source>
        <translation>जैसे: मालिक से खुले पैसे</translation>
    </message>
    <message>
        <source>Record the &amp;move</source>
        <translation>दर्ज करें (&amp;M)</translation>
    </message>
</context>
<context>
    <name>saathi::ui::TillOpenForm</name>
    <message>
        <source>Write the name of the person who opens the till.</source>
        <translation>गल्ला खोलने वाले व्यक्ति का नाम लिखें।</translation>
    </message>
    <message>
        <source>Opening the till…</source>
        <translation>गल्ला खुल रहा है…</translation>
    </message>
    <message>
        <source>The till is not open. Count the cash in the drawer and open the till before the first customer.</source>
        <translation>गल्ला खुला नहीं है। पहले ग्राहक से पहले गल्ले का नकद गिनें और गल्ला खोलें।</translation>
    </message>
    <message>
        <source>Op&amp;erator</source>
        <translation>ऑपरेटर (&amp;E)</translation>
    </message>
    <message>
        <source>Operator&apos;s &amp;PIN</source>
        <translation>ऑपरेटर का पिन (&amp;P)</translation>
    </message>
    <message>
        <source>Opening &amp;cash (₹)</source>
        <translation>शुरुआती नकद (₹) (&amp;C)</translation>
    </message>
    <message>
        <source>for example 20,000</source>
        <translation>जैसे 20,000</translation>
    </message>
    <message>
        <source>&amp;Open the till</source>
        <translation>गल्ला खोलें (&amp;O)</translation>
    </message>
</context>
<context>
    <name>saathi::ui::TillPage</name>
    <message>
        <source>AePS is locked until %1 logs in with their own fingerprint (the daily login).</source>
        <translation>जब तक %1 अपने फ़िंगरप्रिंट से लॉगिन (दैनिक लॉगिन) नहीं करते, AePS बंद है।</translation>
    </message>
    <message>
        <source>Cash till</source>
        <translation>नकद गल्ला</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>वापस</translation>
    </message>
    <message>
        <source>Do the daily &amp;login now</source>
        <translation>अभी दैनिक लॉगिन करें (&amp;L)</translation>
    </message>
</context>
<context>
    <name>saathi::ui::TillStatus</name>
    <message>
        <source>Till not open — open it before the first customer.</source>
        <translation>गल्ला खुला नहीं है — पहले ग्राहक से पहले इसे खोलें।</translation>
    </message>
    <message>
        <source>Till: %1 · expected %2</source>
        <translation>गल्ला: %1 · अपेक्षित %2</translation>
    </message>
    <message>
        <source>Till: %1</source>
        <translation>गल्ला: %1</translation>
    </message>
    <message>
        <source>Cash &amp;till</source>
        <translation>नकद गल्ला (&amp;T)</translation>
    </message>
</context>
<context>
    <name>saathi::ui::TrainingBanner</name>
    <message>
        <source>Training — practice mode with a built-in Eko sandbox and a simulated fingerprint device. No real money moves.</source>
        <translation>प्रशिक्षण — अंतर्निहित Eko सैंडबॉक्स और नकली फ़िंगरप्रिंट डिवाइस के साथ अभ्यास मोड। कोई असली पैसा नहीं जाता।</translation>
    </message>
</context>
<context>
    <name>saathi::ui::TransactionResultPage</name>
    <message>
        <source>Save P&amp;DF</source>
        <translation>PDF सहेजें (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;New transaction</source>
        <translation>नया लेन-देन (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>होम (&amp;H)</translation>
    </message>
    <message>
        <source>Success — %1</source>
        <translation>सफल — %1</translation>
    </message>
    <message>
        <source>Give the customer %1 in cash.</source>
        <translation>ग्राहक को %1 नकद दें।</translation>
    </message>
    <message>
        <source>Account balance: %1</source>
        <translation>खाते में शेष: %1</translation>
    </message>
    <message>
        <source>Pending — we are checking</source>
        <translation>लंबित — हम जाँच रहे हैं</translation>
    </message>
    <message>
        <source>The bank has not confirmed this transaction yet. Do not repeat it and do not give cash now; this screen updates by itself when the bank answers.</source>
        <translation>बैंक ने अभी इस लेन-देन की पुष्टि नहीं की है। इसे दोबारा न करें और अभी नकद न दें; बैंक के उत्तर देते ही यह स्क्रीन अपने आप बदल जाएगी।</translation>
    </message>
    <message>
        <source>Failed — %1</source>
        <translation>विफल — %1</translation>
    </message>
    <message>
        <source>The bank did not complete the transaction. Give no cash; the customer may try again.</source>
        <translation>बैंक ने लेन-देन पूरा नहीं किया। कोई नकद न दें; ग्राहक फिर से कोशिश कर सकता है।</translation>
    </message>
    <message>
        <source>Try another &amp;finger</source>
        <translation>दूसरी उंगली आज़माएँ (&amp;F)</translation>
    </message>
</context>
</TS>
