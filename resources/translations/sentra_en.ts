<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>CardPage</name>
    <message>
        <source>Press start, then hand the customer the terminal.</source>
        <translation>Press start, then hand the customer the terminal.</translation>
    </message>
    <message>
        <source>Sending to the terminal…</source>
        <translation>Sending to the terminal…</translation>
    </message>
    <message>
        <source>Sent to the terminal</source>
        <translation>Sent to the terminal</translation>
    </message>
    <message>
        <source>Waiting for the card and PIN on the terminal…</source>
        <translation>Waiting for the card and PIN on the terminal…</translation>
    </message>
    <message>
        <source>Checking with the terminal…</source>
        <translation>Checking with the terminal…</translation>
    </message>
    <message>
        <source>The terminal answered</source>
        <translation>The terminal answered</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Declined: choose another method</source>
        <translation>Declined: choose another method</translation>
    </message>
    <message>
        <source>Checking with the terminal: the sale is not known yet. It is never charged twice.</source>
        <translation>Checking with the terminal: the sale is not known yet. It is never charged twice.</translation>
    </message>
    <message>
        <source>The terminal could not take the sale</source>
        <translation>The terminal could not take the sale</translation>
    </message>
    <message>
        <source>Card (EDC)</source>
        <translation>Card (EDC)</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Card and PIN</source>
        <translation>Card and PIN</translation>
    </message>
    <message>
        <source>Start on terminal</source>
        <translation>Start on terminal</translation>
    </message>
    <message>
        <source>Other method</source>
        <translation>Other method</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>‹ Queue</source>
        <translation>‹ Queue</translation>
    </message>
</context>
<context>
    <name>CashPage</name>
    <message>
        <source>%1 short</source>
        <translation>%1 short</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>To pay</translation>
    </message>
    <message>
        <source>Cash given</source>
        <translation>Cash given</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exact</translation>
    </message>
    <message>
        <source>Pay cash</source>
        <translation>Pay cash</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Back</translation>
    </message>
</context>
<context>
    <name>Cashier</name>
    <message>
        <source>A discount above the branch&apos;s limit: a supervisor confirms it.</source>
        <translation>A discount above the branch&apos;s limit: a supervisor confirms it.</translation>
    </message>
    <message>
        <source>Over the customer&apos;s credit limit: a supervisor confirms it.</source>
        <translation>Over the customer&apos;s credit limit: a supervisor confirms it.</translation>
    </message>
    <message>
        <source>The drawer is off by more than the branch allows: a supervisor confirms the close.</source>
        <translation>The drawer is off by more than the branch allows: a supervisor confirms the close.</translation>
    </message>
    <message>
        <source>The card was declined: choose another method.</source>
        <translation>The card was declined: choose another method.</translation>
    </message>
    <message>
        <source>Checking with the terminal: the sale is not known yet. It is never charged twice.</source>
        <translation>Checking with the terminal: the sale is not known yet. It is never charged twice.</translation>
    </message>
    <message>
        <source>An earlier card sale is still being checked with the terminal: no new card sale until it is known.</source>
        <translation>An earlier card sale is still being checked with the terminal: no new card sale until it is known.</translation>
    </message>
    <message>
        <source>The card terminal cannot be reached: check its cable and power, or take another method.</source>
        <translation>The card terminal cannot be reached: check its cable and power, or take another method.</translation>
    </message>
    <message>
        <source>No shift is open on this till: open it with the float first.</source>
        <translation>No shift is open on this till: open it with the float first.</translation>
    </message>
    <message>
        <source>QRIS is waiting for the cloud&apos;s QRIS service: take cash, card or on account.</source>
        <translation>QRIS is waiting for the cloud&apos;s QRIS service: take cash, card or on account.</translation>
    </message>
    <message>
        <source>This customer has no credit account (piutang): a supervisor opens one.</source>
        <translation>This customer has no credit account (piutang): a supervisor opens one.</translation>
    </message>
    <message>
        <source>This customer&apos;s credit account is closed.</source>
        <translation>This customer&apos;s credit account is closed.</translation>
    </message>
    <message>
        <source>That is more than is due.</source>
        <translation>That is more than is due.</translation>
    </message>
    <message>
        <source>A shift is already open on this till.</source>
        <translation>A shift is already open on this till.</translation>
    </message>
    <message>
        <source>Voiding a paid invoice: a supervisor confirms it.</source>
        <translation>Voiding a paid invoice: a supervisor confirms it.</translation>
    </message>
    <message>
        <source>A refund: a supervisor confirms it.</source>
        <translation>A refund: a supervisor confirms it.</translation>
    </message>
</context>
<context>
    <name>CheckoutModel</name>
    <message numerus="yes">
        <source>%n card sale(s) recorded after checking with the terminal.</source>
        <translation>
            <numerusform>%n card sale recorded after checking with the terminal.</numerusform>
            <numerusform>%n card sales recorded after checking with the terminal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckoutScreen</name>
    <message>
        <source>QRIS: waiting for the cloud&apos;s QRIS service. Choose cash, card or on account.</source>
        <translation>QRIS: waiting for the cloud&apos;s QRIS service. Choose cash, card or on account.</translation>
    </message>
    <message>
        <source>No card terminal on this till: choose another method.</source>
        <translation>No card terminal on this till: choose another method.</translation>
    </message>
    <message>
        <source>The terminal is still busy with a card sale: wait for it to finish.</source>
        <translation>The terminal is still busy with a card sale: wait for it to finish.</translation>
    </message>
    <message>
        <source>Checking with the terminal…</source>
        <translation>Checking with the terminal…</translation>
    </message>
</context>
<context>
    <name>CountPage</name>
    <message>
        <source>The variance is over %1: a supervisor confirms the close.</source>
        <translation>The variance is over %1: a supervisor confirms the close.</translation>
    </message>
    <message>
        <source>Close the shift: count the drawer</source>
        <translation>Close the shift: count the drawer</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Variance</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>Close shift</translation>
    </message>
    <message>
        <source>Settle the card terminal</source>
        <translation>Settle the card terminal</translation>
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
    <name>DonePage</name>
    <message>
        <source>Paid · %1</source>
        <translation>Paid · %1</translation>
    </message>
    <message>
        <source>Printing the receipt…</source>
        <translation>Printing the receipt…</translation>
    </message>
    <message>
        <source>Receipt printed.</source>
        <translation>Receipt printed.</translation>
    </message>
    <message>
        <source>The receipt did not print (%1). It is kept: reprint when the printer is ready.</source>
        <translation>The receipt did not print (%1). It is kept: reprint when the printer is ready.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>Open drawer</source>
        <translation>Open drawer</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>Next customer</translation>
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
    <name>InvoicePage</name>
    <message>
        <source>not issued yet</source>
        <translation>not issued yet</translation>
    </message>
    <message>
        <source>Over %1% of labour and parts: a supervisor confirms it.</source>
        <translation>Over %1% of labour and parts: a supervisor confirms it.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>DPP</source>
        <translation>DPP</translation>
    </message>
    <message>
        <source>PPN</source>
        <translation>PPN</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Still due</source>
        <translation>Still due</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Card (EDC)</source>
        <translation>Card (EDC)</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>On account</source>
        <translation>On account</translation>
    </message>
    <message>
        <source>QRIS</source>
        <translation>QRIS</translation>
    </message>
    <message>
        <source>‹ Queue</source>
        <translation>‹ Queue</translation>
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
    <name>OpenPage</name>
    <message>
        <source>Open the shift</source>
        <translation>Open the shift</translation>
    </message>
    <message>
        <source>Count the float in the drawer (the change money) and enter it.</source>
        <translation>Count the float in the drawer (the change money) and enter it.</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>Open shift</translation>
    </message>
    <message>
        <source>Last Z-report</source>
        <translation>Last Z-report</translation>
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
    <name>QueuePage</name>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>No shift is open on this till: open it with the float first.</source>
        <translation>No shift is open on this till: open it with the float first.</translation>
    </message>
    <message>
        <source>Find by plate or WO number</source>
        <translation>Find by plate or WO number</translation>
    </message>
    <message>
        <source>Nothing waiting for payment.</source>
        <translation>Nothing waiting for payment.</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>Open shift</translation>
    </message>
</context>
<context>
    <name>QueueRow</name>
    <message>
        <source>Unpaid invoice</source>
        <translation>Unpaid invoice</translation>
    </message>
    <message>
        <source>To invoice</source>
        <translation>To invoice</translation>
    </message>
</context>
<context>
    <name>ReceiptsScreen</name>
    <message>
        <source>Copy printed.</source>
        <translation>Copy printed.</translation>
    </message>
    <message>
        <source>The copy did not print (%1); it is kept for a reprint.</source>
        <translation>The copy did not print (%1); it is kept for a reprint.</translation>
    </message>
    <message>
        <source>No receipt printer on this till.</source>
        <translation>No receipt printer on this till.</translation>
    </message>
    <message>
        <source>Invoice voided.</source>
        <translation>Invoice voided.</translation>
    </message>
    <message>
        <source>Refund recorded: hand the cash back.</source>
        <translation>Refund recorded: hand the cash back.</translation>
    </message>
    <message>
        <source>Find by plate, invoice or WO number</source>
        <translation>Find by plate, invoice or WO number</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Reason (for a void or a refund)</source>
        <translation>Reason (for a void or a refund)</translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation>Refund amount</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>Void invoice</source>
        <translation>Void invoice</translation>
    </message>
    <message>
        <source>Refund cash</source>
        <translation>Refund cash</translation>
    </message>
</context>
<context>
    <name>ReceivablesScreen</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message>
        <source>not due</source>
        <translation>not due</translation>
    </message>
    <message>
        <source>Waiting for the card and PIN on the terminal…</source>
        <translation>Waiting for the card and PIN on the terminal…</translation>
    </message>
    <message>
        <source>Checking with the terminal…</source>
        <translation>Checking with the terminal…</translation>
    </message>
    <message>
        <source>Received %1 (%2).</source>
        <translation>Received %1 (%2).</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 days</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 days</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 days</translation>
    </message>
    <message>
        <source>&gt; 90 days</source>
        <translation>&gt; 90 days</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Owed</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>Amount received</translation>
    </message>
    <message>
        <source>Receive cash</source>
        <translation>Receive cash</translation>
    </message>
    <message>
        <source>Card (EDC)</source>
        <translation>Card (EDC)</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>Checkout</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>Receivables</translation>
    </message>
</context>
<context>
    <name>ShiftScreen</name>
    <message>
        <source>Open since %1 (business day %2) · float %3 · %4 payments</source>
        <translation>Open since %1 (business day %2) · float %3 · %4 payments</translation>
    </message>
    <message>
        <source>The card terminal closed its batch (settlement).</source>
        <translation>The card terminal closed its batch (settlement).</translation>
    </message>
    <message>
        <source>The card terminal refused the settlement: try again.</source>
        <translation>The card terminal refused the settlement: try again.</translation>
    </message>
</context>
<context>
    <name>SplitPage</name>
    <message>
        <source>Still to split: %1</source>
        <translation>Still to split: %1</translation>
    </message>
    <message>
        <source>%1 too much</source>
        <translation>%1 too much</translation>
    </message>
    <message>
        <source>Adds up</source>
        <translation>Adds up</translation>
    </message>
    <message>
        <source>Split payment</source>
        <translation>Split payment</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>To pay</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Card (EDC)</source>
        <translation>Card (EDC)</translation>
    </message>
    <message>
        <source>On account</source>
        <translation>On account</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Rest</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>Take payment</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Back</translation>
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
    <name>ZPage</name>
    <message>
        <source>Shift closed · %1</source>
        <translation>Shift closed · %1</translation>
    </message>
    <message>
        <source>Z-report printed and kept.</source>
        <translation>Z-report printed and kept.</translation>
    </message>
    <message>
        <source>The Z-report did not print (%1); it is kept: print it again.</source>
        <translation>The Z-report did not print (%1); it is kept: print it again.</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Expected cash</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Variance</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
</TS>
