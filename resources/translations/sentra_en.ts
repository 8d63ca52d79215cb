<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>no SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for parts</source>
        <translation type="unfinished">Waiting for parts</translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you find?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More detail (optional; needed for Other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommend an extra job (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra job recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings yet on this work order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap what you found first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the advisor sees the extra job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish this job? Your clock stops for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the work order to QC? Every job is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, send to QC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to QC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>This job is no longer yours or no longer open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QC returned it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is waiting for QC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clock on %1 (%2) was paused: one clock at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You finished; %1 other mechanic(s) still on this job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs assigned to you. Ask the service advisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 jobs for you, %2 running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a part first (search or scan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a quantity from 1 on the keypad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one part to the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent to the warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly dispensed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispensed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part name, or scan the barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished">Clear</translation>
    </message>
    <message>
        <source>In this request (tap a line to take it out):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to the warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open work order of yours: nothing to request for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a part, then the quantity, then OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pick-slips yet for this work order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All QC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You worked on this work order: another mechanic or the supervisor checks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 work orders waiting for QC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return: confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass QC for %1? The work order is completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap the job and the reason first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1 to work: %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QC passed: %1 is completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 went back to work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bay</name>
    <message>
        <source>Noise still there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test drive failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not clean</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message>
        <source>No work orders here</source>
        <translation>No work orders here</translation>
    </message>
</context>
<context>
    <name>BoardScreen</name>
    <message>
        <source>Work order board</source>
        <translation>Work order board</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Could not load the board: %1</source>
        <translation>Could not load the board: %1</translation>
    </message>
    <message>
        <source>Loading work orders…</source>
        <translation>Loading work orders…</translation>
    </message>
    <message>
        <source>%1 open work orders · %2 overdue · updated %3</source>
        <translation>%1 open work orders · %2 overdue · updated %3</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>OVERDUE</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <source>No bay</source>
        <translation>No bay</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Due %1</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <source>Sending to the card terminal…</source>
        <translation>Sending to the card terminal…</translation>
    </message>
    <message>
        <source>Sent to the card terminal</source>
        <translation>Sent to the card terminal</translation>
    </message>
    <message>
        <source>Waiting for the card / PIN on the terminal…</source>
        <translation>Waiting for the card / PIN on the terminal…</translation>
    </message>
    <message>
        <source>Checking the payment status on the terminal…</source>
        <translation>Checking the payment status on the terminal…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>No card terminal is set up for this station</source>
        <translation>No card terminal is set up for this station</translation>
    </message>
    <message>
        <source>The card terminal simulator needs a pseudo-terminal (Linux/macOS)</source>
        <translation>The card terminal simulator needs a pseudo-terminal (Linux/macOS)</translation>
    </message>
    <message>
        <source>The card terminal simulator could not start</source>
        <translation>The card terminal simulator could not start</translation>
    </message>
    <message>
        <source>No receipt printer is set up for this station</source>
        <translation>No receipt printer is set up for this station</translation>
    </message>
    <message>
        <source>The receipt printer address is not valid</source>
        <translation>The receipt printer address is not valid</translation>
    </message>
    <message>
        <source>No scanner port is set up for this station</source>
        <translation>No scanner port is set up for this station</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Brake pads worn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tyres worn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oil leak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coolant low or leaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive belt cracked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiper blades worn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Air conditioning weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspension noise or play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsScreen</name>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Service advisor</source>
        <translation>Service advisor</translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation>Mechanic</translation>
    </message>
    <message>
        <source>Storekeeper</source>
        <translation>Storekeeper</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Diagnosing</source>
        <translation>Diagnosing</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Waiting for parts</source>
        <translation>Waiting for parts</translation>
    </message>
    <message>
        <source>QC / test drive</source>
        <translation>QC / test drive</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>You are not allowed to do this.</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Not found: %1</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
</context>
<context>
    <name>LoginView</name>
    <message>
        <source>Who is on duty?</source>
        <translation>Who is on duty?</translation>
    </message>
    <message>
        <source>Tap your name, then type your PIN.</source>
        <translation>Tap your name, then type your PIN.</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation>Enter your PIN</translation>
    </message>
    <message>
        <source>Branch %1 · Station %2</source>
        <translation>Branch %1 · Station %2</translation>
    </message>
    <message>
        <source>Choose your name first.</source>
        <translation>Choose your name first.</translation>
    </message>
    <message>
        <source>Hello, %1. Type your PIN and press OK.</source>
        <translation>Hello, %1. Type your PIN and press OK.</translation>
    </message>
    <message>
        <source>Checking PIN…</source>
        <translation>Checking PIN…</translation>
    </message>
    <message>
        <source>Wrong PIN. Tries left: %1</source>
        <translation>Wrong PIN. Tries left: %1</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <source>Locked: too many wrong PINs. Try again at %1, or ask the supervisor to unlock.</source>
        <translation>Locked: too many wrong PINs. Try again at %1, or ask the supervisor to unlock.</translation>
    </message>
    <message>
        <source>Locked: too many wrong PINs. Ask the supervisor to unlock.</source>
        <translation>Locked: too many wrong PINs. Ask the supervisor to unlock.</translation>
    </message>
    <message>
        <source>This user is not active any more.</source>
        <translation>This user is not active any more.</translation>
    </message>
    <message>
        <source>No users on this station yet: ask IT to set it up.</source>
        <translation>No users on this station yet: ask IT to set it up.</translation>
    </message>
    <message>
        <source>PIN for %1</source>
        <translation>PIN for %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Scan ignored: this screen does not take a scan (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SentraAuto Care</source>
        <translation>SentraAuto Care</translation>
    </message>
    <message>
        <source>Branch %1 · Station %2</source>
        <translation>Branch %1 · Station %2</translation>
    </message>
    <message>
        <source>Logged in: %1 · %2</source>
        <translation>Logged in: %1 · %2</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
</context>
<context>
    <name>MyJobsScreen</name>
    <message>
        <source>My jobs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Delete last digit</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>OpnameModel</name>
    <message>
        <source>Count started: scan every part on the shelves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a count first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown code %1: listed for checking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count posted. Adjustments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count cancelled: nothing was posted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpnameScreen</name>
    <message>
        <source>Count %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown codes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post %1 stock differences: a supervisor confirms with their PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a stock count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one bin (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post differences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved during</source>
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
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartsRequestScreen</name>
    <message>
        <source>Parts request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartsScreen</name>
    <message>
        <source>aftermarket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pick-slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label for %1 sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: SKU, barcode, name or brand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or scan to find a part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open slips and POs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document / by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Delete last digit</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QCScreen</name>
    <message>
        <source>QC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivingModel</name>
    <message>
        <source>Open a purchase order first, then scan what arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received (lot %2); %3 still to come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole order is in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivingScreen</name>
    <message>
        <source>%1 lines, %2 still to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchase order is waiting for goods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase orders waiting for goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry (YYYY-MM-DD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReorderModel</name>
    <message>
        <source>Nothing to order: every suggestion is on order already or has no supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase orders made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReorderScreen</name>
    <message>
        <source>(no supplier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parts at or under their level, %2 to order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 on hand, level %3, suggested %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is above its reorder level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make purchase orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Pick-slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlipsModel</name>
    <message>
        <source>Returns: scan the parts coming back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the parts of this slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open pick-slip waits for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 handed out (lot %3); %4 still to go on this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitute: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 back on the shelf; %2 stays on the work order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of stock and has no substitute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits for the advisor&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlipsScreen</name>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly dispensed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispensed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Cancelled</translation>
    </message>
    <message>
        <source>%1 lines, %2 to hand out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits for the advisor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>substitute refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>substitute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXACT — hand out now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODIFIED — ask the advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick-slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick-slips waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a part to open the oldest slip that needs it, or tap a slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pick-slip is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan each part as it leaves the shelf. Lots go out first-expiry-first-out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of stock — substitutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorPinPrompt</name>
    <message>
        <source>No supervisor is set up on this station.</source>
        <translation>No supervisor is set up on this station.</translation>
    </message>
    <message>
        <source>Supervisor confirmation</source>
        <translation>Supervisor confirmation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Sync: local / offline</source>
        <translation>Sync: local / offline</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connecting…</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>syncing %1%</source>
        <translation>syncing %1%</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>syncing…</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Sync: %1</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>%1 pending</translation>
    </message>
    <message>
        <source>check the clock</source>
        <translation>check the clock</translation>
    </message>
    <message>
        <source>This station is not enrolled with the cloud: it works on its own and shares changes over the LAN only.</source>
        <translation>This station is not enrolled with the cloud: it works on its own and shares changes over the LAN only.</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Last successful sync: %1</translation>
    </message>
    <message>
        <source>Not synced with the cloud yet.</source>
        <translation>Not synced with the cloud yet.</translation>
    </message>
    <message>
        <source>LAN: off</source>
        <translation>LAN: off</translation>
    </message>
    <message>
        <source>LAN: offline</source>
        <translation>LAN: offline</translation>
    </message>
    <message>
        <source>LAN: online · %1 stations</source>
        <translation>LAN: online · %1 stations</translation>
    </message>
    <message>
        <source>%1 set aside</source>
        <translation>%1 set aside</translation>
    </message>
    <message>
        <source>Events set aside (not applied): %1; latest: %2</source>
        <translation>Events set aside (not applied): %1; latest: %2</translation>
    </message>
</context>
<context>
    <name>Warehouse</name>
    <message>
        <source>Unknown code %1: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on this document: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: everything asked is handed out already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of stock here: choose a substitute below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than ordered on this PO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more back than was handed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an expiry date: type the lot&apos;s expiry, then scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A count of this warehouse is open already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
