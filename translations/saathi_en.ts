<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AadhaarCipher</name>
    <message>
        <source>The Aadhaar encryption key is not a valid RSA public key. Check the key configured for this environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the public key file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encrypt the Aadhaar number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AepsConsent</name>
    <message>
        <source>I agree that my Aadhaar number and fingerprint are used once, to authenticate me with UIDAI for this banking transaction with my bank. I have been told that this information is not stored, and that I can use another way (cash at the bank branch) if I do not agree.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AepsFlow</name>
    <message>
        <source>The agent&apos;s authorisation needs the agent&apos;s mobile number, and this counter has none. Finish the agent set-up, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s fingerprint did not authorise this withdrawal, so nothing was sent: %1 The customer&apos;s fingerprint is kept: submit again for the agent&apos;s finger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko authorised the agent but sent no reference for the withdrawal, so nothing was sent. Submit again, or call support if it repeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending — we are checking with the bank. Do not repeat it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank did not complete the transaction. Give no cash; the customer may try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finger did not match, and every finger has been tried. The customer should ask the bank to check the Aadhaar link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finger did not match. Try another finger: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AepsForm</name>
    <message>
        <source>Choose the customer&apos;s bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer&apos;s bank from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the consent to the customer and tick the box when they agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent text is missing. Restart the transaction.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Agent</name>
    <message>
        <source>Finish the one-time eKYC first, then do the daily login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your fingerprint with the bank…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the fingerprint device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place your finger on the device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentProfile</name>
    <message>
        <source>Enter the agent&apos;s name as it should appear on receipts (2–60 letters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the shop&apos;s name as it should appear on receipts (2–60 letters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the shop&apos;s address (5–160 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s mobile number has 10 digits and starts with 6, 7, 8 or 9.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankDirectory</name>
    <message>
        <source>Eko sent no banks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimRules</name>
    <message>
        <source>The turnaround rules file could not be used. Check the file named in the settings (claims/rules), or remove the setting to use the built-in rules.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimSlip</name>
    <message>
        <source>Aadhaar Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not final: being checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLAIM SLIP: MONEY NOT RECEIVED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date &amp; time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aadhaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko TID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due back by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: contact your bank (branch or helpline) and quote the RRN, STAN, Eko TID, amount and date above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the money is not back by %1, complain to your bank in writing. If the bank does not answer within 30 days, complain to the RBI Ombudsman: cms.rbi.org.in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this slip until the money is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerMemory</name>
    <message>
        <source>The counter&apos;s memory of customers could not be read or saved. The transaction is not affected; try again, or restart Saathi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerToken</name>
    <message>
        <source>The customer limit key in the keychain is damaged. Contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer could not make a secure key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayClose</name>
    <message>
        <source>A recorded day report could not be read. Keep the journal file and contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not come yet. Choose today or an earlier day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s shift is still open. Count the cash and close the till first, then close the day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayCloseFiles</name>
    <message>
        <source>The report could not be saved there: the disk may be full or the folder read-only. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayCloseOutput</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: the day is not closed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRANSACTIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transactions on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successful: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CASH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No till shift was opened on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNRESOLVED (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: every transaction is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINAL SINCE THE LAST REPORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unresolved transactions are carried to the next day&apos;s report until they are final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-value at open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-value at close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unresolved (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final since the last report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAY CLOSE No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAY CLOSE — PREVIEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(carried)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempted %1, failed %2, open %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, opened %2, still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2–%3, handed to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message>
        <source>The fingerprint driver does not accept the finger type Saathi asks for (FMR+FIR). Update the scanner&apos;s RD service from the vendor&apos;s website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finger count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iris type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iris count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capture timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finger positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>face capture (not supported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demographic data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capture options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint driver rejected Saathi&apos;s capture settings (%1). Please report this to support; retrying will not help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint driver cannot produce this PID format. Please report this to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finger was placed in time. Ask the customer to place the finger on the scanner and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner is being used by another application. Close the other application and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner is not ready. Check that it is plugged in, then search for the device again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture failed. Clean the scanner&apos;s glass, ask the customer to wipe the finger and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner needs to be restarted. Unplug it, plug it back in (or restart the RD service) and search for the device again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This RD service does not support fingerprints. Choose the fingerprint scanner&apos;s service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This RD service does not support iris capture. Choose the right device&apos;s service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RD service did not recognise the address Saathi used. Search for the device again; if it keeps happening, report it to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint driver had an internal error. Restart the RD service and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner is still starting up. Wait a few seconds and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner is in use. Close other applications that use it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scanner is connected. Plug the scanner in and search for the device again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint driver rejected the environment setting. Please report this to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner could not encrypt the capture. Restart the RD service and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint driver gave no result code. Try again; if it keeps happening, restart the RD service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint driver reported error %1. Try again; if it keeps happening, restart the RD service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint was not clear enough (quality %1). Ask the customer to wipe the finger and press it flat on the scanner, then capture again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint quality is low (%1). Capturing again with the finger pressed flat improves the chance of a match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fingerprint scanner service was found. Check that the scanner is plugged in and its RD service (driver) is installed and running, then search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint scanner&apos;s service is running but the scanner is not ready. Plug the scanner in (or replug it) and search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint scanner&apos;s service did not answer in time. Restart the RD service and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saathi could not talk to the fingerprint scanner&apos;s service. Search for the device again; if it keeps happening, restart the RD service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint scanner&apos;s service sent far more data than expected and was stopped. Restart the RD service; if it keeps happening, check which program is using the RD ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint scanner&apos;s service sent an answer Saathi cannot read. Restart the RD service; if it keeps happening, reinstall the driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint scanner&apos;s service refused the request. Search for the device again; if it keeps happening, restart the RD service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner reported success but its answer is incomplete, so it cannot be sent to the bank. Capture again; if it keeps happening, restart the RD service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner captured a different fingerprint format than requested, which the bank would refuse. Update the scanner&apos;s RD service and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This RD service does not offer fingerprint capture. Choose another device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint scanner could not be used. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the PID file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dmt</name>
    <message>
        <source>The OTP has expired. Send a new OTP to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OTP is wrong or was already used. Ask the customer for the newest OTP, or send a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your E-value wallet is too low for this transfer and its fee. Load the wallet and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s monthly limit does not allow this amount (₹%1 left this month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer is not registered for money transfer yet. Register the customer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s mobile is not verified yet. Verify it with the OTP first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko does not know this recipient for the customer. Refresh the recipient list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s bank does not take this channel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mobile is already registered with Eko. Look the customer up instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko says: %1. Choose this recipient from the customer&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transfer cannot be refunded now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko gave no usable answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s eKYC is already done. Look the customer up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank has not confirmed yet. Do not send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step is not part of this environment&apos;s money transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name as on the ID, in letters only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the customer&apos;s date of birth (at least 18 years old).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the customer&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s name as the bank has it, in letters only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account number has 9 to 18 digits. Check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture the customer&apos;s fingerprint first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the recipient to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount in whole rupees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer has no Eko TID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer cannot send money yet: finish the registration (OTP / eKYC) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest transfer is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer can send only %1 more this month (limit %2, used %3). Lower the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This amount needs more than %1 transfers. Lower the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not take %2 transfers. Use %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s bank takes neither IMPS nor NEFT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko did not accept this detail. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s eKYC could not be completed. Check the Aadhaar number, then capture the finger again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank could not verify the customer&apos;s fingerprint. Capture the finger again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko refused the request. Check the details and try again; if it repeats, call support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eko</name>
    <message>
        <source>Capture the customer&apos;s fingerprint first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko does not accept PNG files. Save the document as JPEG or PDF and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document must be a JPEG photo or a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document must be smaller than 1 MB. Take a smaller photo or scan at a lower resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operation is not in the endpoint catalogue. Call support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko&apos;s answer could not be read. Try again in a minute; if this repeats, call support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko&apos;s server sent an error page instead of an answer. Try again in a minute; if it repeats, check the server address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while Eko was answering: the result is being checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank has not confirmed yet. Saathi is checking with Eko; do not repeat the transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Eko endpoint catalogue is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the Eko endpoint catalogue %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Eko server address is set for this environment. Choose the environment in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required value is missing for this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Eko key pins in the endpoint catalogue are not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko&apos;s server did not show the expected key, so nothing was sent. A proxy or a changed Eko key can cause this: call support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Eko address is not a valid URL, e.g. https://staging.eko.in/ekoapi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Eko address must start with https://. Over plain HTTP anyone on the way could read the customer&apos;s details and change the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request lacks a value Eko requires. Call support: the endpoint catalogue and this version of Saathi disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aadhaar Pay is not offered on this counter&apos;s Eko connection. Nothing was sent. Use a cash withdrawal instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s biometric login is needed before any AePS transaction. Do the daily login with your own finger, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your one-time AePS eKYC is not complete. Finish eKYC (OTP and fingerprint) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eKYC is already complete. Do today&apos;s biometric login instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint did not match. Clean the sensor and the finger, place the finger flat and capture again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fingerprint capture was already used. Capture the finger again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s bank account is frozen. The customer must contact their bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s bank has turned off AePS withdrawals for this account. The customer must contact their bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OTP is wrong or has expired. Ask for a new OTP and enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko did not receive the developer key. Check the credentials in Settings. A proxy that drops headers with underscores can also cause this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko refused the request&apos;s signature. Check that this computer&apos;s date and time are correct (set them automatically), and that the access key in Settings is right. If both are right, the service may not be activated for this agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko does not know this address. Check the environment (UAT or production) and the server address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko does not accept this kind of request at this address (HTTP 405). The endpoint catalogue may be out of date; call support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko does not accept the request&apos;s format (HTTP 415). The endpoint catalogue may be out of date; call support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko&apos;s server could not handle the request just now. Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko answered with an unexpected error (HTTP %1). Try again; if it repeats, call support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko rejected the request&apos;s fields (&quot;No key for Response&quot;). The endpoint catalogue may be out of date; call support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service is not activated for your agent code yet. Check the service status in Set-up; activation can take 1–3 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your E-value wallet balance is too low. Load your E-value wallet, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko has no transaction with this reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko does not know this customer or agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This agent is not onboarded with Eko. Complete onboarding in Set-up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agent with this mobile number is already registered with Eko.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s monthly limit is used up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to Eko could not be verified. Check the computer&apos;s date and time; do not continue on this network if it repeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach Eko. Check the internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko&apos;s server refused the connection. Check the server address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to Eko failed. Check the internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko did not answer in time, so the result is not known yet. Do not repeat the transaction: Saathi is checking its status with Eko.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko did not answer in time. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko&apos;s answer was far larger than expected and was not read. Try again; if it repeats, call support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s bank account does not have enough balance for this amount. Ask for a smaller amount, or use another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko gave an answer Saathi does not know. Try again; if it repeats, call support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko did not accept some of the details. Check what you entered and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko declined the request. Check the details and try again; if it repeats, call support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s Aadhaar is not linked to this bank. Give no cash. Ask the customer which bank their Aadhaar is linked to and choose that bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s bank limit for today is used up. Give no cash. The customer can use another bank account, or come back tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>No keychain is available for the Eko credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Eko credentials are saved for this environment yet. Finish going live (Settings → Go live) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s details are not saved yet. Finish going live first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finger</name>
    <message>
        <source>Any finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right thumb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right index finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right middle finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right ring finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right little finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left thumb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left index finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left middle finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left ring finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left little finger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>The export file could not be written. Choose another folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction journal %1 is damaged. Do not delete it: copy it for support and contact your distributor before starting transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction journal cannot be stored safely on this drive. Move Saathi&apos;s data folder to the computer&apos;s internal disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction journal %1 cannot be opened. Check that the disk is not full and the folder is writable, then restart Saathi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction journal could not be upgraded. Keep the file and contact support before starting transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction journal was written by a newer version of Saathi. Install that version again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction journal is not open. Restart Saathi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction details are incomplete, so nothing was sent. Check the form and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This form was already submitted with different details. Start a new transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transaction reference is already in use. Start a new transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transaction was already sent. Wait for its result in the history instead of sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A late answer disagreed with the recorded result and was ignored. The history shows the confirmed result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transaction was updated elsewhere at the same time. Open the history to see its result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transaction with this reference is in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aadhaar Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending — checking with the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent — no money moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction journal could not be read or written. Check that the disk is not full, then restart Saathi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction journal %1 belongs to the %2 environment, not to %3. Saathi keeps one journal per environment: switch back to %2, or open the %3 journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction journal %1 holds transactions from before Saathi kept one journal per environment, so it cannot be used as the %2 journal. Saathi moves its transactions into each environment&apos;s journal when it starts (or run saathi-cli journal migrate); open the %2 journal instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transaction is for the %1 environment, but the open journal belongs to %2. Nothing was sent. Restart Saathi in the %1 environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transaction would go to Eko&apos;s %1 server, but the open journal belongs to %2. Nothing was sent. Check the environment in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: free some disk space, then try again. Saathi sends nothing it cannot first save in the transaction journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as pending: free some disk space. The disk is full, so the answer could not be saved. Do not repeat this transaction and do not give cash now; Saathi checks it with Eko once there is space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalReceipts</name>
    <message>
        <source>There is no transaction with reference %1 in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a settlement: it has no customer receipt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeScenario</name>
    <message>
        <source>A fingerprint that does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bank that is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A withdrawal that stays pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A money transfer in three parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A money-transfer refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice: make a cash withdrawal of %1. The bank will say the finger does not match: clean the finger and try once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice: make a cash withdrawal of %1. The bank will not complete it: see what the counter tells you to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice: make a cash withdrawal of %1. It stays pending: do not make it again; go home and press Check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice: in Money Transfer, send %1 from sender %2 to the listed recipient. The counter splits it into 3 transfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice: in Money Transfer, send %1 from sender %2. The bank fails it: refund it with the customer&apos;s OTP %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three failed fingers in a row: NPCI may block this Aadhaar for the day. Next time, after a failure clean the finger and the device or use another finger, and stop after two failures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done right: the finger did not match, you tried again with care and it went through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank was down and the withdrawal was tried again. Next time, tell the customer no money moved and try later or with another bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done right: the bank did not complete it, so no money moved. Give no cash; give the receipt and try later or with another bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new withdrawal was made while the first was pending: the customer could be paid twice. Next time wait and press Check again on the home screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done right: you did not repeat it and checked again; the bank confirmed it once. Now pay the cash and give the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done right: you did not repeat it; the bank&apos;s final answer is failed, so no money moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the transfer failed. Next time tell the customer how much went and send the rest again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done right: %1 went as %2 transfers, each with its own reference on the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done right: the failed transfer was refunded with the customer&apos;s OTP; the money is back in your wallet. Pay the customer back in cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bank the Aadhaar is not linked to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bank limit used up today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five withdrawals a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weak fingerprint capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own finger fails twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice: the customer with Aadhaar %1 says their bank is %2. Make a cash withdrawal of %3 at %2: the bank answers &quot;not linked&quot;. Start again: the form now warns before the finger. Ask the customer which bank their Aadhaar is linked to (%4) and choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice: make a cash withdrawal of %1 for Aadhaar %2 at %3: the bank answers that the customer&apos;s limit is used up. Start again with %4: the form warns while %3 is chosen today. Choose another bank of the customer&apos;s, or ask them to come back tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice: make cash withdrawals of %1 for the same customer until the counter stops one before the finger: NPCI allows 5 a day per customer at a counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice: make a cash withdrawal of %1. The first capture is too weak and is not sent: follow the coach (clean, dry finger pressed flat, or another finger) and capture again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice: make a cash withdrawal of %1. The bank asks for your daily login again, and your finger fails twice: read the warning, run the device test capture, then log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank had answered &quot;not linked&quot; and the counter warned you, yet the same bank was tried again. Next time ask which bank the Aadhaar is linked to and choose that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done right: after &quot;not linked&quot; you chose the bank the customer&apos;s Aadhaar is linked to, and it went through. The counter now suggests that bank for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank had said the customer&apos;s limit is used up today, yet it was tried again. Next time choose another bank of the customer&apos;s, or ask them to come back tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done right: the limit at that bank was used up for today, so you chose another bank of the customer&apos;s and it went through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done right: the counter stopped the 6th withdrawal before the finger. Tell the customer they can withdraw again tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done right: the weak capture was never sent; you followed the coach, captured again and it went through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own finger failed three times in a row: NPCI blocks the agent. Next time, after two failures, run the device test capture before you try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done right: after two failures you tested the device first, and the login went through. The count of failures starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done right: the login went through after two failures. The count of failures starts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>The answer classes file could not be used; the built-in rules stay in use. Check the file named in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has already made %1 cash withdrawals at this counter today, the most NPCI allows. They can withdraw again tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier today this bank answered that the customer&apos;s limit is used up. Choose another bank of the customer&apos;s, or ask them to come back tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your one-time eKYC is not done. Complete the eKYC first, then serve the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s daily login is not done. Do the daily login with your own finger first, then serve the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most for one transaction is %1. Lower the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer can send only %1 more this month. Lower the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time this bank answered that the customer&apos;s Aadhaar is not linked to it. Ask the customer which bank their Aadhaar is linked to and choose that bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time this bank answered that the customer&apos;s Aadhaar is not linked to it; %1 worked for this customer before. Choose the bank their Aadhaar is linked to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter cannot recognise this customer (a VID, or no keychain), so it did not check their withdrawals today or their bank&apos;s last answer. The bank checks its own limits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The file could not be written. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved. Check the free space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityGate</name>
    <message>
        <source>Quality %1 of the %2 needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint points %1 of the %2 needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean and dry the finger, then press it flat on the scanner and hold it still until the capture ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another finger: clean and dry it, press it flat and hold it still.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another finger: %1. Clean and dry it, press it flat and hold it still.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint was not clear enough, so it was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>TRAINING — NOT A REAL TRANSACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUCCESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED — REVERSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PENDING — WE ARE CHECKING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date &amp; time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aadhaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A/c balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko TID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result is not known yet; we are checking with the bank. Do not repeat this transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the account was debited, the bank must reverse it by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cash was given. If the account was debited, the bank must reverse it by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AePS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date   Dr/Cr        Amount  Narration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this receipt for any dispute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED — NOT SENT TO THE BANK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED — REFUND PENDING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED — REFUNDED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MONEY TRANSFER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT ALL SENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IFSC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTR / RRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank has not confirmed every transfer yet; we are checking with Eko. Do not send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transfer that failed will be refunded: you receive an OTP; give it to the agent and get the amount and the fee back in cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MONEY TRANSFER REFUND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFUNDED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer TID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund TID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was returned to the customer in cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUPLICATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transfer that failed did not reach the bank and nothing was charged for it: the agent gives its amount back in cash, or sends it again with your consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund is not confirmed yet; we are checking with Eko. Do not give the cash back until it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund did not go through; no cash was returned. The agent can try the refund again with a new OTP.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptActions</name>
    <message>
        <source>The receipt was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>Choose where to save the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt could not be saved there. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt could not be saved: the disk may be full. Free some space or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; is not installed on this computer. Choose another in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>The saved Eko credentials are incomplete. Enter them again in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure keychain is available on this computer, so the credentials cannot be saved. Saathi never keeps them in a plain file. Start the desktop&apos;s keyring (for example GNOME Keyring) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock the keyring and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not complete the request. Unlock the keyring and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the developer key Eko gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the access key (authenticator password) Eko gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initiator ID is the partner&apos;s registered 10-digit mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the agent&apos;s user code (8 digits, from onboarding).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Developer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiator ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode uses the built-in sandbox; it needs no Eko server settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN must be 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko UAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Eko address is not a valid URL, e.g. https://staging.eko.in/ekoapi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Eko address must start with https://. Over plain HTTP anyone on the way could read the customer&apos;s details and change the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extra CA file cannot be read as a PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Aadhaar public key file cannot be read as an RSA key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key pinning is on, but the endpoint catalogue lists fewer than two pins (spki_pins) for this environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose English or Hindi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the printer&apos;s serial port, for example COM3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a baud rate from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idle lock must be between 1 and 15 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the agent&apos;s PIN before turning on kiosk mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A port name has no spaces, for example COM3 or /dev/ttyUSB0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder for the receipts, or ask each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That folder does not exist or cannot be written to. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>Check and save the Eko credentials first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the fingerprint device&apos;s model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the device&apos;s serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the settlement account number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the shop type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the house or shop number and street.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the city or town.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the document (JPEG or PDF under 1 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1. Choose the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the first name as on the PAN card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the surname only, as on the PAN card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an email address such as name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of birth: the agent must be at least 18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the shop&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko already has an agent with this mobile number. Choose “I already have a user code” and enter the agent&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko refused the saved credentials (“%1”). Go back and check them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko did not return a user code. Try again; if it repeats, call Eko.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko created the user code %1, but the keychain did not save it: %2 Write the code down and enter it as “I already have a user code”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user code has 8 digits, e.g. 20810200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko says: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose UAT or production to go live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 minutes away from Eko&apos;s. Set the date and time automatically in Windows, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the developer key Eko gave you. A proxy that drops headers with underscores can also cause this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the developer key and the access key, and that this computer&apos;s date and time are set automatically. Eko also refuses a computer whose internet address it has not whitelisted: ask Eko to whitelist this shop&apos;s IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the partner&apos;s registered mobile number exactly as Eko has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user code, or onboard the agent instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko accepted the credentials, but the keychain did not save them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the agent&apos;s and the shop&apos;s details first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the shop&apos;s location (latitude,longitude) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboard the agent (or enter the user code) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter is not connected to Eko. Restart Saathi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AePS (Fingpay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AePS fund settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupCheck</name>
    <message>
        <source>Eko: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint device: looking for it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko: %1 (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AePS not activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AePS active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AePS activation pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AePS deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko: connected, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint device: %1 ready (port %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint device: %1 is not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint device: not found. Check that it is plugged in and its RD service is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent: eKYC still to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent: today&apos;s login still to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent: logged in for today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrikeGuard</name>
    <message>
        <source>Two fingerprint logins failed in a row. A third failure blocks you with NPCI for the rest of the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two fingerprint logins failed in a row. A third failure blocks you with NPCI for the rest of the day. Clean the sensor and your finger, dry the finger and press it flat on the scanner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two fingerprint logins failed in a row. A third failure blocks you with NPCI for the rest of the day. Test the device first (device wizard, Test capture): the test must pass the quality check before you try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StuckMoney</name>
    <message>
        <source>Your %1 of %2 went through on %3: pay the cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your %1 of %2 reached the recipient on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your %1 of %2 went through on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your %1 of %2 was refunded on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your %1 of %2 never reached the bank (checked on %3): no money moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your %1 of %2 was reversed on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your %1 of %2 failed. If your account was debited, the bank had to return it by %3 and now owes %4 compensation: give the claim slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your %1 of %2 failed. If your account was debited, the bank must return it by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your %1 of %2 is still being checked: %3 days past the deadline of %4, %5 compensation due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your %1 of %2 is still being checked: day %3 of %4, due back by %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue %1 days: %2 compensation due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 of %2 · due back by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no transaction with reference %1 in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs no claim slip: it is %2, so the customer&apos;s money is not stuck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportBundle</name>
    <message>
        <source>The support file could not be saved there. Choose another folder, or free some disk space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Till</name>
    <message>
        <source>No shift is open at the till. Open one with the cash in the drawer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift is already open at the till (%1). Close it or hand it over first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount other than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the cash as zero or more rupees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason, in at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the operator&apos;s name, in at most 60 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operator named %1 is already set up. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operator named %1 is set up. Check the name in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not this operator&apos;s. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The till could not record this step. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TillAmount</name>
    <message>
        <source>Enter the amount in rupees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount in digits, for example 20,000 or 20,000.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rupees have at most two digits of paise, for example 20,000.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That amount is too large for the drawer. Check the digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount of more than ₹0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TillKit</name>
    <message>
        <source>Short by %1: the drawer has less cash than expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excess of %1: the drawer has more cash than expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer matches: no difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1 · counted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The till is closed and recorded for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 handed the drawer over to %2. The close is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>The practice Eko service could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice fingerprint device could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice Kirana Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice Street, New Delhi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingGuide</name>
    <message>
        <source>Aadhaar %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has only %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the account is frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the bank has turned AePS debits off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers who fail: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer mobile %1, bank %2, Aadhaar %3 (balance %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: type the practice Aadhaar %1 as your own (it belongs to no one), keep any bank, then Send OTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: no SMS is sent. The OTP is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: the practice device gives a good finger at once. Press Capture fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: type your practice Aadhaar %1 again, then log in with the finger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: %1 Amount %2 succeeds; %3 stays pending until Check again on the home screen; %4 is not completed by the bank. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: %1 Amount %2 succeeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: sender mobile %1 (%2) is registered and has a recipient. Every OTP is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: choose the recipient in the list, or add one with a known bank&apos;s IFSC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: up to %1 goes in one transfer; %2 is split into 3 parts. %3 ends in &quot;refund pending&quot; to practise a refund. The OTP is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: the customer&apos;s refund OTP is %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message numerus="yes">
        <source>An Aadhaar number has 12 digits; %n entered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A Virtual ID has 16 digits; %n entered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the amount in rupees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount has digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter whole rupees, without paise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most you can enter is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The least you can enter is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most you can enter in one transaction is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a multiple of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A mobile number has 10 digits; %n entered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the 12-digit Aadhaar number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the Aadhaar number with the digits 0–9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Aadhaar number has digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Aadhaar number never starts with 0 or 1. Check the number again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid Aadhaar number. Check each digit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 16-digit Virtual ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the Virtual ID with the digits 0–9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Virtual ID has digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid Virtual ID. Check each digit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 10-digit mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number has digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Indian mobile number starts with 6, 7, 8 or 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 11-character IFSC of the branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IFSC has 11 characters, for example SBIN0001234.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This IFSC is not valid: 4 letters, then 0, then 6 letters or digits (for example SBIN0001234).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 10-character PAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PAN is not valid: 5 letters, 4 digits and a letter, as printed on the card (ABCPE1234F).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 6-digit PIN code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN code has 6 digits and does not start with 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the shop&apos;s location as latitude,longitude (for example 28.6139,77.2090).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location must be latitude,longitude in degrees, for example 28.6139,77.2090.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the OTP sent by SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OTP is 4 to 8 digits, as received by SMS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wallet</name>
    <message>
        <source>Eko&apos;s answer did not say the E-value balance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Saathi — AePS and money transfer counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, keyboard-first kiosk mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, check Eko and the fingerprint device, print the result and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --self-test: save a PNG of the window when the check is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction journal file (default: $SAATHI_JOURNAL_PATH or the app&apos;s data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file, INI (default: $SAATHI_SETTINGS_PATH or the app&apos;s own settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::CounterApp</name>
    <message>
        <source>No keychain on this computer: the counter cannot check the limit of 5 cash withdrawals a day per customer (the bank still checks it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Eko environment changes as soon as the transaction in progress ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the Eko environment to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still on the earlier Eko environment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko environment: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint device saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new user code %1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no credentials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::PinService</name>
    <message>
        <source>Please wait: the last PIN is still being checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::agent::EkycFlow</name>
    <message>
        <source>Choose the bank of your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the bank to send an OTP to your mobile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for an OTP first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the OTP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the OTP first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending your fingerprint to the bank…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko&apos;s answer had no OTP reference. Ask for a new OTP.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::dmt::DmtCustomerFlow</name>
    <message>
        <source>Looking up the customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering the customer with Eko…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer to place a finger on the device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the eKYC to Eko…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the OTP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a new OTP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko sent an OTP to %1. Ask the customer for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the consent to the customer and tick it when they agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fingerprint device is set up on this counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko sent an OTP to %1 for the eKYC. Ask the customer for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To send a new OTP, capture the customer&apos;s finger again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko sent a new OTP to %1. Ask the customer for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::dmt::DmtRefundFlow</name>
    <message>
        <source>Only a money transfer that is refund pending can be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clear answer to the refund. Do not return more cash: Saathi is checking the transfer with Eko.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::dmt::DmtTransferFlow</name>
    <message>
        <source>Eko sent no OTP reference. Send the OTP again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the OTP to the customer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. The remaining transfers were not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted; the bank has not confirmed yet. Saathi checks with Eko.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank did not complete transfer %1; its money is to be refunded to the customer (refund with the customer&apos;s OTP). The remaining transfers were not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clear answer for transfer %1. Do not send it again: Saathi is checking with Eko. The remaining transfers wait until it is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer %1 did not go through: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount in whole rupees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer was not completed. Check the recipient&apos;s details and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::dmt::RecipientBook</name>
    <message>
        <source>Loading the recipients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the recipient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the recipient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IFSC is 4 letters (the bank), then 0, then 6 letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::receipt::SerialReceiptPrinter</name>
    <message>
        <source>Could not send to the printer: check the cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer answered in a way Saathi does not understand: check that it is an ESC/POS printer and that the speed (baud) in Settings matches the printer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer is out of paper: load a new roll and print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer is offline: close its cover, check the paper and print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer connection was lost: check the cable and that the printer is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer does not answer: check it is on and the cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer port is set: choose one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer port %1 was not found: check the printer&apos;s cable is plugged in and the port chosen in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saathi may not use the printer port %1: close any other program using the printer; on Linux the user must be in the &apos;dialout&apos; group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer port %1 could not be opened: check the cable and the port chosen in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::AadhaarLineEdit</name>
    <message>
        <source>12-digit Aadhaar or 16-digit VID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aadhaar number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12-digit Aadhaar number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VID has 16 digits. Check the number again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::ActivationPage</name>
    <message>
        <source>JPEG or PDF (*.jpg *.jpeg *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the activation to Eko…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AePS activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko checks these and activates AePS, usually in 1 to 3 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IFSC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s Aadhaar number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAN card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aadhaar front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aadhaar back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::AddressWidget</name>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN c&amp;ode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::AepsFormPage</name>
    <message>
        <source>Customer &amp;mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aadhaar / VID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amo&amp;unt (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10-digit mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>₹1 to ₹10,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>₹100 to ₹10,000, in ₹50 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, this is a &amp;new transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capture finger &amp;&amp; submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the fingerprint device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer to place a finger on the device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to the bank… please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same %1 of %2 for this customer was made at %3. Is this a new transaction?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s authorisation: your own Aadhaar and bank. After the customer&apos;s finger, yours authorises each withdrawal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent: place your finger to authorise this withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the agent&apos;s fingerprint with the bank…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has heard this and a&amp;grees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This finger worked for this customer last time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::AgentDetailsPage</name>
    <message>
        <source>Sending the details to Eko…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As on the agent&apos;s PAN card. Eko creates the agent&apos;s user code from these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s user code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;irst name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hop name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::AgentFields</name>
    <message>
        <source>State Bank of India</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HDFC Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICICI Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punjab National Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank of Baroda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your Aadhaar number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ban&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::BankPicker</name>
    <message>
        <source>Type the bank&apos;s name or short code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the list of banks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko sent no banks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of banks could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::CapturePanel</name>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::ClaimSlipButton</name>
    <message>
        <source>C&amp;laim slip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s slip to claim money that may be stuck: the dispute keys and the RBI deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::ClaimSlipDialog</name>
    <message>
        <source>Claim slip for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim slip was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save claim slip as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::CredentialsWidget</name>
    <message>
        <source>Saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the developer key Eko gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the access key Eko gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initiator ID is the partner&apos;s registered 10-digit mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the agent&apos;s user code (from onboarding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training needs no credentials: it uses the built-in sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko credentials for %1. They are kept only in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko UAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Developer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initiator ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save credentials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::CustomerMemoryBox</name>
    <message>
        <source>Clear the memory of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter will forget, for every customer, which bank and finger worked. Transactions stay in the journal. Clear it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter&apos;s memory of customers is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers&apos; banks and fingers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter remembers which bank and finger worked for each customer (never the Aadhaar number), to suggest them next time. Nothing leaves this counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the memory of &amp;customers…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::CustomerMoneyNote</name>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (and %n more)</numerusform>
            <numerusform>%1 (and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>saathi::ui::DailyLoginPage</name>
    <message>
        <source>Daily login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko asks for your own fingerprint once every day before AePS transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place finger and log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily login done. AePS is unlocked for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful login: %1 IST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No successful daily login yet on this counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test the device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::DayClosePage</name>
    <message>
        <source>Close the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day (IST):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes, close it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close %1 for good? The report gets the next number and cannot be changed. Unresolved transactions are carried to the next day&apos;s report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is not open: the day cannot be closed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This day is closed: report No. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A till shift of this day is still open. Count the cash and close the till first, then close the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview. Check the figures, then close the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This day was already closed: report No. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day closed: report No. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up. Choose one in Settings (Ctrl+,).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the day&apos;s report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the day&apos;s report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::DayGlance</name>
    <message>
        <source>Today at this counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n done · %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cash withdrawals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aadhaar Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-value balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unresolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the transactions still waiting for Eko&apos;s final answer in History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::DeviceCapturePage</name>
    <message>
        <source>Test the scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place any finger flat on the scanner&apos;s glass and press Test capture. Nothing is sent to Eko or the bank; the test is only to see that the scanner works well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for a test capture on port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner&apos;s service stopped answering; searching for it again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place a finger on the scanner now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner did not answer in time. Unplug it and plug it back in (or restart its RD service), then press Test capture again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test stopped. Press Test capture to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality: not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner did not say how good the fingerprint was. You can save this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality: %1 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good fingerprint. You can save this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner works and the test passed the quality check. You can try your fingerprint login again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::DeviceChoosePage</name>
    <message>
        <source>Choose the fingerprint device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The best ready device is selected. Devices that are not ready are greyed out, with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[saved device]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a device to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Next to check this device&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::DeviceDetailsPage</name>
    <message>
        <source>Check the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the maker, model and serial number match the label on your scanner. If they do not, another program may be pretending to be the scanner: do not use it, and call support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RD service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the device&apos;s details again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details read from the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the details found during the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (provider id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1 (keys kept inside the scanner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L0 (keys kept on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::DeviceDiscoveryPage</name>
    <message>
        <source>Find the fingerprint device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saathi looks for the scanner&apos;s RD service (the vendor&apos;s driver) on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m ports checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching for fingerprint device services…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found a service on port %1. Still checking the other ports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search stopped. Press Search again when the device is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1: something answered, but not as a fingerprint service. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found %n fingerprint device(s) ready to use. Press Next to choose.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Port %1 did not answer properly and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Search finished: %n port(s) checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A fingerprint device service is running, but no scanner is ready. Check that the scanner is plugged in (try another USB port), wait a few seconds, then press Search again. The list above says what each service reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fingerprint device service answered on this computer. Check that the device is plugged in and its RD service (the vendor&apos;s driver) is installed and running, then press Search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something on port %1 answered but not as an RD service: restart the RD service, or close the program using that port.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::DeviceSavePage</name>
    <message>
        <source>Save the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saathi will use %1 %2 (serial %3) for every fingerprint. If the driver moves to another port later, Saathi finds the same scanner again by its serial number. Press Save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::DeviceWizard</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::DeviceWizardStepPage</name>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, serial %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready: the service is running but the scanner is unplugged or not set up. Plug it in (try another USB port) and search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be used: the service did not say how to take a fingerprint. Reinstall the vendor&apos;s RD service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use: another program is using the scanner. Close it before the test capture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none sent (the scanner may not be ready)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present; expiry date not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired on %1: restart the RD service so it renews it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::DmtCustomerStep</name>
    <message>
        <source>Customer &amp;mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money transfer — the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10-digit mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue to recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify OTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full KYC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender eKYC done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-KYC (mobile verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly limit: %1 left of %2 this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly limit: not given by Eko</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::DmtEkycForm</name>
    <message>
        <source>Before the first transfer, the customer verifies with Aadhaar and a fingerprint. Eko then sends an OTP to the customer&apos;s mobile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aadhaar number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I agree that my Aadhaar number and fingerprint are used to verify my identity with UIDAI for money transfer through Eko.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture &amp;finger &amp;&amp; send OTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has heard this and a&amp;grees</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::DmtOtpWidget</name>
    <message>
        <source>6-digit OTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send OTP &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify OTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OTP is valid for 10 minutes, until %1. After that, send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OTP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::DmtRecipientForm</name>
    <message>
        <source>A&amp;ccount number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IFSC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient&apos;s &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient&apos;s &amp;mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 to 18 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SBIN0001234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10-digit mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::DmtRecipientsStep</name>
    <message>
        <source>Money transfer — the recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send money to this recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes, delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2
%3 (%4) · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recipients yet. Add the account the customer sends to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 (%2) from this customer&apos;s recipients?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::DmtRefundStep</name>
    <message>
        <source>Refund to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save P&amp;DF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank did not complete the transfer of %1 (TID %2). Eko sent the customer an OTP: it is their consent to take the money back as cash. Ask the customer for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s refund OTP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Eko to send the customer a refund OTP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the refund… please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded — give the customer %1 in cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund pending — we are checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::DmtRegistrationForm</name>
    <message>
        <source>This mobile is not registered for money transfer. Register the customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name (as on the ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register and send OTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::DmtResultStep</name>
    <message>
        <source>&amp;Refund to customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the &amp;remaining transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save P&amp;DF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Another transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success — %1 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every transfer reached %1&apos;s account. Give the customer the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending — we are checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending: NEFT initiated — we are checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank has not confirmed every transfer yet. Do not send it again; this screen updates by itself when the bank answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not all sent — %1 of %2 reached the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed — the money was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unclear transfer has been found. Send the remaining transfers now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::DmtSendingView</name>
    <message>
        <source>Stop the remaining transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;this transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the OTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent ✓ UTR %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initiated — the bank has not confirmed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed — refund pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed — refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no clear answer — we are checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer %1 of %2: %3 (fee %4) — %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer %1 of %2: asking Eko to send the customer an OTP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer %1 of %2: enter the OTP the customer received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer %1 of %2: sending to the bank… please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko sent the customer an OTP for transfer %1 of %2 (%3). Ask the customer for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::DmtTransferStep</name>
    <message>
        <source>Amo&amp;unt (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money transfer — the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole rupees, e.g. 12000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IMPS (instant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;NEFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 (%2) to %3, %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1 in one transfer; more is sent as several transfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left this month for this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank takes IMPS and NEFT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bank takes NEFT only: the money reaches the account within a few hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bank takes IMPS only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bank takes neither IMPS nor NEFT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One %1 transfer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is sent as %2 %3 transfers (at most %4 each):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2   fee %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect from the customer: %1 (%2 to send + %3 fees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::EkycBiometricPage</name>
    <message>
        <source>One-time eKYC: fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place your own finger on the device to finish eKYC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::EkycDetailsPage</name>
    <message>
        <source>One-time eKYC: your details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank sends an OTP to your registered mobile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send OTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You started eKYC earlier. Enter your Aadhaar number again and press Next to continue, or send a new OTP.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::EkycOtpPage</name>
    <message>
        <source>One-time eKYC: OTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the OTP the bank sent to your mobile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify OTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a new OTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OTP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::EkycWizard</name>
    <message>
        <source>eKYC is complete. Next: today&apos;s biometric login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new OTP was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::ForgetCustomerButton</name>
    <message>
        <source>Forget this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter will forget which bank and finger worked for the customer of this transaction. Their transactions stay in the journal. Forget them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For&amp;get this customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer asked: forget which bank and finger worked for them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::GoLiveActivationPage</name>
    <message>
        <source>Asking Eko whether AePS is active for this agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG or PDF (*.jpg *.jpeg *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the activation request to Eko…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AePS activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko checks the request and activates AePS, usually in 1 to 3 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AePS is active for this agent. Go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AePS is requested and awaits Eko&apos;s approval. Go on; the counter shows when it is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko has deactivated AePS for this agent. Send the request again with clear documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AePS is not requested yet. Fill in the request below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-check with Eko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IFSC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s Aadhaar number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office: house / street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office: city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office: state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office: PIN code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAN card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aadhaar front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aadhaar back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::GoLiveCredentialsPage</name>
    <message>
        <source>Checking the credentials with Eko…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko accepted the credentials. They are saved in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Eko&apos;s welcome mail. Saathi checks them with Eko before saving them in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Developer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initiator ID (partner&apos;s mobile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;vanced: Eko address and files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko address (https://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificate file (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aadhaar public key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint catalogue file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::GoLiveEnvironmentPage</name>
    <message>
        <source>Which Eko system?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training stays as it is. Set-up is kept for each system, and continues where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;UAT: Eko&apos;s test system, with the UAT keys Eko gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Production: real customers and real money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production needs the production keys Eko sends after the UAT sign-off, and a computer whose internet address Eko has whitelisted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training: practise first on the built-in practice counter (no real money)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::GoLiveFinishPage</name>
    <message>
        <source>Ready to go live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that everything is saved…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials, user code, shop details and location are saved for production. Press Finish; then set up the fingerprint device, do the one-time eKYC and today&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials, user code, shop details and location are saved for UAT. Press Finish; then set up the fingerprint device, do the one-time eKYC and today&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::GoLiveOnboardingPage</name>
    <message>
        <source>Checking the user code with Eko…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the agent&apos;s details to Eko…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboard the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko gives every agent a user code. Details as on the agent&apos;s PAN card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New agent: register with Eko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;already have a user code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House / street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s user code: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::GoLiveShopPage</name>
    <message>
        <source>Shop details and location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on every receipt. Eko needs the shop&apos;s location with every AePS request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s &amp;mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location (latitude,longitude)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the location in a maps app: press and hold on the shop, then copy the two numbers, e.g. 28.6139,77.2090.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::GoLiveWizard</name>
    <message>
        <source>Go live with Eko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::HistoryModel</name>
    <message>
        <source>Time (IST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money due back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::HistoryPage</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference, Eko TID or bank RRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko TID: %1  Bank RRN: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) exported to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reprint receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected transaction&apos;s receipt, marked DUPLICATE (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days (IST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in &amp;state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter forgot this customer&apos;s banks and finger.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::HomePage</name>
    <message>
        <source>Asking Eko about the unresolved transactions again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash Withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance Enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aadhaar Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Last daily login: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AePS is locked: your one-time eKYC (OTP and fingerprint) is not done yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do eKYC now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AePS is locked until today&apos;s biometric login succeeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do daily login now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AePS is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes with the money-transfer update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the &amp;day…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::LockScreen</name>
    <message numerus="yes">
        <source>Wrong PIN. %n attempt(s) left before the counter locks for 30 minutes.</source>
        <translation>
            <numerusform>Wrong PIN. %n attempt left before the counter locks for 30 minutes.</numerusform>
            <numerusform>Wrong PIN. %n attempts left before the counter locks for 30 minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs. The counter is locked until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Saathi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the supervisor&apos;s PIN to close Saathi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the agent&apos;s PIN to continue. Transactions already sent carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>That is not the supervisor&apos;s PIN. %n attempt(s) left before it locks for 30 minutes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong supervisor PINs. Try again after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::MainWindow</name>
    <message>
        <source>Agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved</source>
        <translation>
            <numerusform>%n unresolved</numerusform>
            <numerusform>%n unresolved</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is coming soon to this counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saathi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aadhaar banking and money transfer at your counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find, test and choose the fingerprint scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::MiniStatementModel</name>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::OnboardingWizard</name>
    <message>
        <source>Onboard an agent with Eko</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::OpenRowsBox</name>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check with Eko by hand (sent before each environment had its own journal): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions waiting for Eko&apos;s final answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::OperatorDialog</name>
    <message>
        <source>Write the operator&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN (4–8 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1&apos;s PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New PIN (4–8 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::OperatorsBox</name>
    <message>
        <source>%1 can now open the till with their PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s PIN is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1? They can no longer open the till or take it over. Shifts already recorded keep their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators at the till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who works the cash till, each with their own PIN. While nobody is named here, the till opens in the agent&apos;s name without a PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an operator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::PinWidget</name>
    <message>
        <source>The two new PINs are not the same. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN (4–8 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The current PIN is not right. %n attempt(s) left before it locks for 30 minutes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again after %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::PracticePanel</name>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a situation to practise. The counter sets it up; the hints say what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks before the finger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::PreflightPrompt</name>
    <message>
        <source>This customer&apos;s bank last time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go ahead any&amp;way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the warning before the finger is taken: change the form, or go ahead anyway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::PrinterSettingsBox</name>
    <message>
        <source>Folder for receipt PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thermal receipt printer (serial or USB port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rinter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed (&amp;baud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper &amp;width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>58 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: text for English, image for Hindi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (fastest; English only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image (any language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the printer&apos;s status before each receipt (DLE EOT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn this off if the printer never answers: many low-cost printers do not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask where, each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print receipts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Por&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::ReceiptOutput</name>
    <message>
        <source>The receipt was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The receipt is kept: press Print again when the printer is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To print without this dialog, choose the receipt printer in Settings (Ctrl+,).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::ReceiptPrintAction</name>
    <message>
        <source>Print &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::ReceiptQrView</name>
    <message>
        <source>Scan to keep this receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of this receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction&apos;s reference, amount, time and agent code, for the bank or a dispute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::ReceiptView</name>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::ReprintPanel</name>
    <message>
        <source>Finding the transaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint (marked DUPLICATE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::ServiceStatusPage</name>
    <message>
        <source>Asking Eko…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko lists no services for this agent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked with Eko just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AePS works once Eko shows it as activated. Approval usually takes 1 to 3 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko&apos;s comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::SettingsPage</name>
    <message>
        <source>In use: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the saved credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To switch to %1, save these first: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the credentials to switch to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some settings need attention: see the messages above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training (built-in sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko UAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko production (real money)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, and closing needs the supervisor&apos;s PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s unlock PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s PIN (to close Saathi in kiosk mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Onboard an agent with Eko…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go live with Eko UAT or production…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eko &amp;environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop &amp;location (latitude,longitude)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle &amp;minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::StuckMoneyBox</name>
    <message>
        <source>Failed transactions: the customer&apos;s bank must reverse any debit by the deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer asking about their money? M&amp;obile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10-digit mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of this customer&apos;s is stuck or was stuck in the last 60 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::SupportFileBox</name>
    <message>
        <source>Save a support file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support file (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the support file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1. Send this file to your support engineer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help from support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If something went wrong, save a support file and send it to your distributor&apos;s support engineer. It holds the app&apos;s logs, a summary of the journals and the settings — no customer Aadhaar number, fingerprint data or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a support &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::SwitchRefusedBox</name>
    <message>
        <source>No supervisor PIN is set, so nobody can override. Wait until these transactions are settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be read, so the counter cannot tell whether money is still unresolved here. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) here still wait for Eko&apos;s final answer. The counter stays on this environment until they are settled, so that each is checked with the Eko that received it. A supervisor may switch anyway; they are checked again when you come back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · reference %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Eko TID %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to %1 anyway (supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>That is not the supervisor&apos;s PIN. %n attempt(s) left before it locks for 30 minutes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong supervisor PINs. Try again after %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::TillCloseForm</name>
    <message>
        <source>Name the next operator in Settings first: only one operator is named there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the name of the operator who takes the drawer over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the drawer already. Choose the operator who takes it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the till…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handing the drawer over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the till or hand it over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted ca&amp;sh (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cash in the drawer now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close the till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes, close the till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next operator&apos;s &amp;PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::TillFigures</name>
    <message>
        <source>The drawer now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added or taken out by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected cash in the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 IST</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n entry(s)</source>
        <translation>
            <numerusform>%1 in %n entry</numerusform>
            <numerusform>%1 in %n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>cash in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash out %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cash moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) still wait for Eko&apos;s final answer; their cash counts once they succeed.</source>
        <translation>
            <numerusform>%n transaction still waits for Eko&apos;s final answer; its cash counts once it succeeds.</numerusform>
            <numerusform>%n transactions still wait for Eko&apos;s final answer; their cash counts once they succeed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>saathi::ui::TillMoveForm</name>
    <message>
        <source>Say why the cash moved, for example &quot;change from the owner&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1 taken out (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1 added (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash added or taken out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the &amp;drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Taken out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: change from the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the &amp;move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::TillOpenForm</name>
    <message>
        <source>Write the name of the person who opens the till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the till…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The till is not open. Count the cash in the drawer and open the till before the first customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op&amp;erator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator&apos;s &amp;PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening &amp;cash (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 20,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the till</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::TillPage</name>
    <message>
        <source>AePS is locked until %1 logs in with their own fingerprint (the daily login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the daily &amp;login now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::TillStatus</name>
    <message>
        <source>Till not open — open it before the first customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till: %1 · expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash &amp;till</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::TrainingBanner</name>
    <message>
        <source>Training — practice mode with a built-in Eko sandbox and a simulated fingerprint device. No real money moves.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::TransactionResultPage</name>
    <message>
        <source>Save P&amp;DF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the customer %1 in cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account balance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending — we are checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank has not confirmed this transaction yet. Do not repeat it and do not give cash now; this screen updates by itself when the bank answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank did not complete the transaction. Give no cash; the customer may try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another &amp;finger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
