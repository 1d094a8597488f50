<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
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
        <source>Could not read %1. Choose the file again.</source>
        <translation>%1 पढ़ी नहीं जा सकी। फ़ाइल फिर से चुनें।</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1 (%2 KB)</translation>
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
        <source>Choose the document (JPEG or PDF under 1 MB).</source>
        <translation>दस्तावेज़ चुनें (1 MB से छोटी JPEG या PDF)।</translation>
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
        <source>The address on the proof is the office address</source>
        <translation>प्रमाण पर लिखा पता ही कार्यालय का पता है</translation>
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
        <source>Enter the house or shop number and street.</source>
        <translation>मकान या दुकान नंबर और गली लिखें।</translation>
    </message>
    <message>
        <source>Enter the city or village.</source>
        <translation>शहर या गाँव लिखें।</translation>
    </message>
    <message>
        <source>Choose the state.</source>
        <translation>राज्य चुनें।</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
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
</context>
<context>
    <name>saathi::ui::AepsFormPage</name>
    <message>
        <source>Customer &amp;mobile</source>
        <translation>ग्राहक का &amp;मोबाइल</translation>
    </message>
    <message>
        <source>&amp;Bank</source>
        <translation>&amp;बैंक</translation>
    </message>
    <message>
        <source>&amp;Aadhaar / VID</source>
        <translation>&amp;आधार / VID</translation>
    </message>
    <message>
        <source>Amo&amp;unt (₹)</source>
        <translation>&amp;राशि (₹)</translation>
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
        <source>The customer has heard this and &amp;agrees</source>
        <translation>ग्राहक ने यह सुना है और &amp;सहमत है</translation>
    </message>
    <message>
        <source>Yes, this is a &amp;new transaction</source>
        <translation>हाँ, यह &amp;नया लेन-देन है</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>&amp;Capture finger &amp;&amp; submit</source>
        <translation>&amp;उँगली लें और भेजें</translation>
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
</context>
<context>
    <name>saathi::ui::AgentDetailsPage</name>
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
        <source>Enter the shop&apos;s name.</source>
        <translation>दुकान का नाम लिखें।</translation>
    </message>
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
        <source>First name</source>
        <translation>पहला नाम</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>उपनाम</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
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
        <source>Agent&apos;s user code: %1</source>
        <translation>एजेंट का यूज़र कोड: %1</translation>
    </message>
</context>
<context>
    <name>saathi::ui::AgentFields</name>
    <message>
        <source>Your Aadhaar number</source>
        <translation>आपकी आधार संख्या</translation>
    </message>
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
        <source>Your bank</source>
        <translation>आपका बैंक</translation>
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
        <translation>&amp;फिर कोशिश करें</translation>
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
        <translation>&amp;डेवलपर कुंजी</translation>
    </message>
    <message>
        <source>&amp;Access key</source>
        <translation>&amp;एक्सेस कुंजी</translation>
    </message>
    <message>
        <source>&amp;Initiator ID</source>
        <translation>&amp;इनिशिएटर आईडी</translation>
    </message>
    <message>
        <source>&amp;User code</source>
        <translation>&amp;यूज़र कोड</translation>
    </message>
    <message>
        <source>Save credentials</source>
        <translation>क्रेडेंशियल सहेजें</translation>
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
        <translation>पिछला सफल लॉगिन: %1 IST</translation>
    </message>
    <message>
        <source>No successful daily login yet on this counter.</source>
        <translation>इस काउंटर पर अभी तक कोई सफल दैनिक लॉगिन नहीं हुआ।</translation>
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
    <name>saathi::ui::HomePage</name>
    <message>
        <source>Check again</source>
        <translation>फिर से जाँचें</translation>
    </message>
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
        <source>Transactions waiting for Eko&apos;s final answer: %1</source>
        <translation>Eko के अंतिम उत्तर की प्रतीक्षा में लेन-देन: %1</translation>
    </message>
</context>
<context>
    <name>saathi::ui::LockScreen</name>
    <message>
        <source>That is not the supervisor&apos;s PIN.</source>
        <translation>यह सुपरवाइज़र का पिन नहीं है।</translation>
    </message>
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
    <name>saathi::ui::PinWidget</name>
    <message>
        <source>The current PIN is not right.</source>
        <translation>मौजूदा पिन सही नहीं है।</translation>
    </message>
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
</context>
<context>
    <name>saathi::ui::ReceiptPrinter</name>
    <message>
        <source>Choose where to save the receipt.</source>
        <translation>रसीद कहाँ सहेजनी है, चुनें।</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>रसीद %1</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>प्रिंटिंग रद्द कर दी गई।</translation>
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
        <translation>&amp;फिर से जाँचें</translation>
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
        <translation>&amp;सहेजें</translation>
    </message>
    <message>
        <source>Eko environment</source>
        <translation>Eko परिवेश</translation>
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
        <source>Shop location (latitude,longitude)</source>
        <translation>दुकान का स्थान (अक्षांश,देशांतर)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>रसीद प्रिंटर</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>कोई प्रिंटर नहीं</translation>
    </message>
    <message>
        <source>System printer</source>
        <translation>सिस्टम प्रिंटर</translation>
    </message>
    <message>
        <source>ESC/POS printer on a serial port</source>
        <translation>सीरियल पोर्ट पर ESC/POS प्रिंटर</translation>
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
        <source>Lock after idle minutes</source>
        <translation>इतने मिनट निष्क्रिय रहने पर बंद करें</translation>
    </message>
    <message>
        <source>Agent&apos;s unlock PIN</source>
        <translation>एजेंट का अनलॉक पिन</translation>
    </message>
    <message>
        <source>Supervisor&apos;s PIN (to close Saathi in kiosk mode)</source>
        <translation>सुपरवाइज़र का पिन (कियोस्क मोड में साथी बंद करने के लिए)</translation>
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
        <source>&amp;Print</source>
        <translation>&amp;प्रिंट करें</translation>
    </message>
    <message>
        <source>Save P&amp;DF</source>
        <translation>P&amp;DF सहेजें</translation>
    </message>
    <message>
        <source>&amp;New transaction</source>
        <translation>&amp;नया लेन-देन</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;होम</translation>
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
        <source>The bank did not complete the transaction.</source>
        <translation>बैंक ने लेन-देन पूरा नहीं किया।</translation>
    </message>
    <message>
        <source>The bank did not complete the transaction: %1</source>
        <translation>बैंक ने लेन-देन पूरा नहीं किया: %1</translation>
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
        <source>Saved: %1</source>
        <translation>सहेजा गया: %1</translation>
    </message>
</context>
</TS>
