<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>Could not read %1. Choose the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
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
        <source>Choose the document (JPEG or PDF under 1 MB).</source>
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
        <source>The address on the proof is the office address</source>
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
        <source>Enter the house or shop number and street.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the city or village.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
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
        <source>The customer has heard this and &amp;agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, this is a &amp;new transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
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
</context>
<context>
    <name>saathi::ui::AgentDetailsPage</name>
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
        <source>Enter the shop&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
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
        <source>Agent&apos;s user code: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::AgentFields</name>
    <message>
        <source>Your Aadhaar number</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Your bank</source>
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
    <name>saathi::ui::HomePage</name>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Transactions waiting for Eko&apos;s final answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saathi::ui::LockScreen</name>
    <message>
        <source>That is not the supervisor&apos;s PIN.</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>saathi::ui::PinWidget</name>
    <message>
        <source>The current PIN is not right.</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
<context>
    <name>saathi::ui::ReceiptPrinter</name>
    <message>
        <source>Choose where to save the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
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
        <source>Eko environment</source>
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
        <source>Shop location (latitude,longitude)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESC/POS printer on a serial port</source>
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
        <source>Lock after idle minutes</source>
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
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>The bank did not complete the transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank did not complete the transaction: %1</source>
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
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
