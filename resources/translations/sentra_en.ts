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
        <message>
            <source>The barcode scanner could not be opened</source>
            <translation>The barcode scanner could not be opened</translation>
        </message>
        <message>
            <source>The barcode scanner was disconnected</source>
            <translation>The barcode scanner was disconnected</translation>
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
        <message>
            <source>Card terminal: earlier payments checked (%1)</source>
            <translation>Card terminal: earlier payments checked (%1)</translation>
        </message>
        <message>
            <source>Scan ignored: this screen does not take a scan (%1)</source>
            <translation type="unfinished" />
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
        <name>Screens</name>
        <message>
            <source>Board</source>
            <translation>Board</translation>
        </message>
        <message>
            <source>SA desk</source>
            <translation>SA desk</translation>
        </message>
        <message>
            <source>Work order</source>
            <translation>Work order</translation>
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
        <message>
            <source>Pick-slips</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My jobs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Get parts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Findings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>QC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receiving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reorder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stock count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Users</source>
            <translation>Users</translation>
        </message>
        <message>
            <source>Master data</source>
            <translation>Master data</translation>
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
        <name>BoardRoleView</name>
        <message>
            <source>Work order board</source>
            <translation>Work order board</translation>
        </message>
    </context>
    <context>
        <name>AddPanel</name>
        <message>
            <source>no stock</source>
            <translation>no stock</translation>
        </message>
        <message>
            <source>Add labour or parts</source>
            <translation>Add labour or parts</translation>
        </message>
        <message>
            <source>Search the catalogue (name, code, barcode)</source>
            <translation>Search the catalogue (name, code, barcode)</translation>
        </message>
        <message>
            <source>Labour</source>
            <translation>Labour</translation>
        </message>
        <message>
            <source>Parts</source>
            <translation>Parts</translation>
        </message>
        <message>
            <source>DPP</source>
            <translation>DPP</translation>
        </message>
        <message>
            <source>PPN 12%</source>
            <translation>PPN 12%</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>No lines yet.</source>
            <translation>No lines yet.</translation>
        </message>
        <message>
            <source>%1 line(s) wait for the customer's decision</source>
            <translation>%1 line(s) wait for the customer's decision</translation>
        </message>
        <message>
            <source>The customer decided every line.</source>
            <translation>The customer decided every line.</translation>
        </message>
    </context>
    <context>
        <name>AssignPanel</name>
        <message>
            <source>Choose at least one mechanic.</source>
            <translation>Choose at least one mechanic.</translation>
        </message>
        <message>
            <source>Choose a bay.</source>
            <translation>Choose a bay.</translation>
        </message>
        <message>
            <source>Assign: %1</source>
            <translation>Assign: %1</translation>
        </message>
        <message>
            <source>Mechanics (one or more)</source>
            <translation>Mechanics (one or more)</translation>
        </message>
        <message>
            <source>Bay</source>
            <translation>Bay</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>Assign</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>BoardFilterBar</name>
        <message>
            <source>All bays</source>
            <translation>All bays</translation>
        </message>
        <message>
            <source>All mechanics</source>
            <translation>All mechanics</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>Overdue only</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>Show all</translation>
        </message>
    </context>
    <context>
        <name>DeskScreen</name>
        <message>
            <source>SA desk</source>
            <translation>SA desk</translation>
        </message>
    </context>
    <context>
        <name>LineTable</name>
        <message>
            <source>Labour</source>
            <translation>Labour</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>%1 (%2 h)</source>
            <translation>%1 (%2 h)</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Declined</translation>
        </message>
        <message>
            <source>in person</source>
            <translation>in person</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>phone</translation>
        </message>
        <message>
            <source>WhatsApp</source>
            <translation>WhatsApp</translation>
        </message>
        <message>
            <source>no mechanic</source>
            <translation>no mechanic</translation>
        </message>
        <message>
            <source>no bay</source>
            <translation>no bay</translation>
        </message>
        <message>
            <source>no stock</source>
            <translation>no stock</translation>
        </message>
        <message>
            <source>handed out %1</source>
            <translation>handed out %1</translation>
        </message>
        <message>
            <source>stock %1</source>
            <translation>stock %1</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
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
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Mechanic, bay / stock</source>
            <translation>Mechanic, bay / stock</translation>
        </message>
        <message>
            <source>No lines yet: add labour or parts from the catalogue on the right.</source>
            <translation>No lines yet: add labour or parts from the catalogue on the right.</translation>
        </message>
    </context>
    <context>
        <name>OpenWoPanel</name>
        <message>
            <source>Enter today's odometer reading (km).</source>
            <translation>Enter today's odometer reading (km).</translation>
        </message>
        <message>
            <source>Pick or type at least one complaint.</source>
            <translation>Pick or type at least one complaint.</translation>
        </message>
        <message>
            <source>%1 is below the last reading (%2): give a reason, a supervisor confirms.</source>
            <translation>%1 is below the last reading (%2): give a reason, a supervisor confirms.</translation>
        </message>
        <message>
            <source>Odometer %1 is below the last reading %2. Reason: %3</source>
            <translation>Odometer %1 is below the last reading %2. Reason: %3</translation>
        </message>
        <message>
            <source>The reading is below the last one: give a reason, a supervisor confirms.</source>
            <translation>The reading is below the last one: give a reason, a supervisor confirms.</translation>
        </message>
        <message>
            <source>Warranty rework</source>
            <translation>Warranty rework</translation>
        </message>
        <message>
            <source>Open a work order</source>
            <translation>Open a work order</translation>
        </message>
        <message>
            <source>Rework of %1, linked to it</source>
            <translation>Rework of %1, linked to it</translation>
        </message>
        <message>
            <source>Odometer today (last: %1)</source>
            <translation>Odometer today (last: %1)</translation>
        </message>
        <message>
            <source>km</source>
            <translation>km</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Complaints</translation>
        </message>
        <message>
            <source>Reason for the lower reading (e.g. odometer replaced)</source>
            <translation>Reason for the lower reading (e.g. odometer replaced)</translation>
        </message>
        <message>
            <source>Other complaint, in the customer's words</source>
            <translation>Other complaint, in the customer's words</translation>
        </message>
        <message>
            <source>Open rework WO</source>
            <translation>Open rework WO</translation>
        </message>
        <message>
            <source>Open WO</source>
            <translation>Open WO</translation>
        </message>
    </context>
    <context>
        <name>PrintPreview</name>
        <message>
            <source>Close preview</source>
            <translation>Close preview</translation>
        </message>
    </context>
    <context>
        <name>RegisterPage</name>
        <message>
            <source>The plate is required.</source>
            <translation>The plate is required.</translation>
        </message>
        <message>
            <source>Not an Indonesian plate: region letters, 1–4 digits, up to 3 letters (B 1234 XYZ).</source>
            <translation>Not an Indonesian plate: region letters, 1–4 digits, up to 3 letters (B 1234 XYZ).</translation>
        </message>
        <message>
            <source>The customer's name is required.</source>
            <translation>The customer's name is required.</translation>
        </message>
        <message>
            <source>A phone number has 8 to 15 digits.</source>
            <translation>A phone number has 8 to 15 digits.</translation>
        </message>
        <message>
            <source>Not an e-mail address.</source>
            <translation>Not an e-mail address.</translation>
        </message>
        <message>
            <source>A model year like 2019.</source>
            <translation>A model year like 2019.</translation>
        </message>
        <message>
            <source>A VIN has 17 letters and digits, never I, O or Q.</source>
            <translation>A VIN has 17 letters and digits, never I, O or Q.</translation>
        </message>
        <message>
            <source>Check the fields marked in red.</source>
            <translation>Check the fields marked in red.</translation>
        </message>
        <message>
            <source>This plate is already registered.</source>
            <translation>This plate is already registered.</translation>
        </message>
        <message>
            <source>Another vehicle for %1</source>
            <translation>Another vehicle for %1</translation>
        </message>
        <message>
            <source>New customer and vehicle</source>
            <translation>New customer and vehicle</translation>
        </message>
        <message>
            <source>Plate *</source>
            <translation>Plate *</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Name *</translation>
        </message>
        <message>
            <source>Phone / WhatsApp</source>
            <translation>Phone / WhatsApp</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Make</source>
            <translation>Make</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>VIN (chassis no.)</source>
            <translation>VIN (chassis no.)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>SearchPage</name>
        <message>
            <source>Plate, phone, name or VIN — e.g. B 1234 XYZ</source>
            <translation>Plate, phone, name or VIN — e.g. B 1234 XYZ</translation>
        </message>
        <message>
            <source>Type a plate in any spelling (b1234xyz), a phone number (0812… or +62812…), a customer's name or a VIN. Enter opens an exact plate.</source>
            <translation>Type a plate in any spelling (b1234xyz), a phone number (0812… or +62812…), a customer's name or a VIN. Enter opens an exact plate.</translation>
        </message>
        <message>
            <source>No customer or vehicle matches “%1”.</source>
            <translation>No customer or vehicle matches “%1”.</translation>
        </message>
        <message>
            <source>Register new customer with %1</source>
            <translation>Register new customer with %1</translation>
        </message>
        <message>
            <source>Register new customer</source>
            <translation>Register new customer</translation>
        </message>
    </context>
    <context>
        <name>VehicleCardPage</name>
        <message>
            <source>No visits yet.</source>
            <translation>No visits yet.</translation>
        </message>
        <message>
            <source>Complaints: %1</source>
            <translation>Complaints: %1</translation>
        </message>
        <message>
            <source>Work: %1</source>
            <translation>Work: %1</translation>
        </message>
        <message>
            <source>Warranty rework of %1</source>
            <translation>Warranty rework of %1</translation>
        </message>
        <message>
            <source>Reworked under warranty: %1</source>
            <translation>Reworked under warranty: %1</translation>
        </message>
        <message>
            <source>Warranty</source>
            <translation>Warranty</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>‹ Search</source>
            <translation>‹ Search</translation>
        </message>
        <message>
            <source>Open work orders</source>
            <translation>Open work orders</translation>
        </message>
        <message>
            <source>Service history (every branch, newest first)</source>
            <translation>Service history (every branch, newest first)</translation>
        </message>
        <message>
            <source>(no make/model)</source>
            <translation>(no make/model)</translation>
        </message>
        <message>
            <source>Last odometer: %1</source>
            <translation>Last odometer: %1</translation>
        </message>
    </context>
    <context>
        <name>WorkOrderScreen</name>
        <message>
            <source>Who decided? Type the customer's name.</source>
            <translation>Who decided? Type the customer's name.</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Printing…</translation>
        </message>
        <message>
            <source>Job sheet</source>
            <translation>Job sheet</translation>
        </message>
        <message>
            <source>Estimate</source>
            <translation>Estimate</translation>
        </message>
        <message>
            <source>%1 printed.</source>
            <translation>%1 printed.</translation>
        </message>
        <message>
            <source>No printer is set up for this station.</source>
            <translation>No printer is set up for this station.</translation>
        </message>
        <message>
            <source>Not printed: %1</source>
            <translation>Not printed: %1</translation>
        </message>
        <message>
            <source>Job added: it waits for the customer's approval.</source>
            <translation>Job added: it waits for the customer's approval.</translation>
        </message>
        <message>
            <source>Part added: it waits for the customer's approval.</source>
            <translation>Part added: it waits for the customer's approval.</translation>
        </message>
        <message>
            <source>Quantity changed: the line needs the customer's approval again.</source>
            <translation>Quantity changed: the line needs the customer's approval again.</translation>
        </message>
        <message>
            <source>Line taken off.</source>
            <translation>Line taken off.</translation>
        </message>
        <message>
            <source>Approval recorded.</source>
            <translation>Approval recorded.</translation>
        </message>
        <message>
            <source>Decline recorded: the line stays for the record, not worked or billed.</source>
            <translation>Decline recorded: the line stays for the record, not worked or billed.</translation>
        </message>
        <message>
            <source>Mechanics and bay assigned.</source>
            <translation>Mechanics and bay assigned.</translation>
        </message>
        <message>
            <source>Work order</source>
            <translation>Work order</translation>
        </message>
        <message>
            <source>Open a work order from the service desk or tap a card on the board.</source>
            <translation>Open a work order from the service desk or tap a card on the board.</translation>
        </message>
        <message>
            <source>Print job sheet</source>
            <translation>Print job sheet</translation>
        </message>
        <message>
            <source>Print estimate</source>
            <translation>Print estimate</translation>
        </message>
        <message>
            <source>Decided by (the customer's name)</source>
            <translation>Decided by (the customer's name)</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>In person</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>WhatsApp</source>
            <translation>WhatsApp</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Decline</source>
            <translation>Decline</translation>
        </message>
        <message>
            <source>Approve all</source>
            <translation>Approve all</translation>
        </message>
        <message>
            <source>Take off</source>
            <translation>Take off</translation>
        </message>
        <message>
            <source>Mechanic &amp;&amp; bay…</source>
            <translation>Mechanic &amp;&amp; bay…</translation>
        </message>
        <message>
            <source>SLA paused: waiting for parts</source>
            <translation>SLA paused: waiting for parts</translation>
        </message>
        <message>
            <source>Due %1</source>
            <translation>Due %1</translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation>OVERDUE</translation>
        </message>
        <message>
            <source>Complaints: %1</source>
            <translation>Complaints: %1</translation>
        </message>
        <message>
            <source>Warranty rework of %1</source>
            <translation>Warranty rework of %1</translation>
        </message>
        <message>
            <source>Reworked under warranty by %1</source>
            <translation>Reworked under warranty by %1</translation>
        </message>
        <message>
            <source>Substitute approved: the warehouse hands it out.</source>
            <translation>Substitute approved: the warehouse hands it out.</translation>
        </message>
        <message>
            <source>Substitute rejected: the part stays as requested.</source>
            <translation>Substitute rejected: the part stays as requested.</translation>
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
            <source>A discount above the branch's limit: a supervisor confirms it.</source>
            <translation>A discount above the branch's limit: a supervisor confirms it.</translation>
        </message>
        <message>
            <source>Over the customer's credit limit: a supervisor confirms it.</source>
            <translation>Over the customer's credit limit: a supervisor confirms it.</translation>
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
            <source>QRIS is waiting for the cloud's QRIS service: take cash, card or on account.</source>
            <translation>QRIS is waiting for the cloud's QRIS service: take cash, card or on account.</translation>
        </message>
        <message>
            <source>This customer has no credit account (piutang): a supervisor opens one.</source>
            <translation>This customer has no credit account (piutang): a supervisor opens one.</translation>
        </message>
        <message>
            <source>This customer's credit account is closed.</source>
            <translation>This customer's credit account is closed.</translation>
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
        <message>
            <source>QRIS is paid through the cloud's QR, not entered here: choose QRIS to show the QR.</source>
            <translation>QRIS is paid through the cloud's QR, not entered here: choose QRIS to show the QR.</translation>
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
            <source>QRIS: waiting for the cloud's QRIS service. Choose cash, card or on account.</source>
            <translation>QRIS: waiting for the cloud's QRIS service. Choose cash, card or on account.</translation>
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
        <message>
            <source>Refund…</source>
            <translation>Refund…</translation>
        </message>
        <message>
            <source>Refund credited to the customer's account.</source>
            <translation>Refund credited to the customer's account.</translation>
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
    <context>
        <name />
        <message>
            <source>no SLA</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SLA overdue %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SLA %1 left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for parts</source>
            <translation type="unfinished">Waiting for parts</translation>
        </message>
        <message>
            <source>Break</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No, go back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What did you find?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More detail (optional; needed for Other)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommend an extra job (optional):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save finding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>extra job recommended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No findings yet on this work order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tap what you found first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finding saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the advisor sees the extra job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish this job? Your clock stops for good.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes, finish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send the work order to QC? Every job is finished.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes, send to QC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My jobs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send to QC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished">Cancel</translation>
        </message>
        <message>
            <source>This job is no longer yours or no longer open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>with %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complaints: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Advisor: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>QC returned it: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clock paused: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is waiting for QC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your clock on %1 (%2) was paused: one clock at a time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clock running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You finished; %1 other mechanic(s) still on this job.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Job finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No jobs assigned to you. Ask the service advisor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 jobs for you, %2 running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a part first (search or scan).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a quantity from 1 on the keypad.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scanned: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add at least one part to the request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 sent to the warehouse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>requested</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>partly dispensed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dispensed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Part name, or scan the barcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear</source>
            <translation type="unfinished">Clear</translation>
        </message>
        <message>
            <source>In this request (tap a line to take it out):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send to the warehouse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No open work order of yours: nothing to request for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stock %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a part, then the quantity, then OK.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No pick-slips yet for this work order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All QC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pass</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You worked on this work order: another mechanic or the supervisor checks it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 work orders waiting for QC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return: confirm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return to work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pass QC for %1? The work order is completed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes, pass</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tap the job and the reason first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return %1 to work: %2?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes, return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>QC passed: %1 is completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 went back to work</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Bay</name>
        <message>
            <source>Noise still there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Work not finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Test drive failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not clean</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Findings</name>
        <message>
            <source>Brake pads worn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tyres worn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oil leak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coolant low or leaking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Battery weak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drive belt cracked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wiper blades worn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Air conditioning weak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suspension noise or play</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FindingsScreen</name>
        <message>
            <source>Findings</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MyJobsScreen</name>
        <message>
            <source>My jobs</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OpnameModel</name>
        <message>
            <source>Count started: scan every part on the shelves.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a count first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown code %1: listed for checking.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 counted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Count posted. Adjustments: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Count cancelled: nothing was posted.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OpnameScreen</name>
        <message>
            <source>Count %1 — %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>whole warehouse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counting: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown codes: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Post %1 stock differences: a supervisor confirms with their PIN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stock count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a stock count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only one bin (optional):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Post differences…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SKU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moved during</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Variance</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PartsRequestScreen</name>
        <message>
            <source>Parts request</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PartsScreen</name>
        <message>
            <source>aftermarket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>receive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dispense</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>adjust</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>transfer out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>transfer in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pick-slip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PO</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Label %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Label for %1 sent to the printer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search: SKU, barcode, name or brand…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SKU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Barcodes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Brand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type or scan to find a part.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Movements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open slips and POs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Substitutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warehouse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expiry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Document / by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outstanding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Part</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QCScreen</name>
        <message>
            <source>QC</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReceivingModel</name>
        <message>
            <source>Open a purchase order first, then scan what arrived.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 received (lot %2); %3 still to come.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The whole order is in.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReceivingScreen</name>
        <message>
            <source>%1 lines, %2 still to come</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No purchase order is waiting for goods.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>partly received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expiry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receiving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purchase orders waiting for goods</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>◀ Orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lot:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expiry (YYYY-MM-DD):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SKU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ordered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To come</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cost</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReorderModel</name>
        <message>
            <source>Nothing to order: every suggestion is on order already or has no supplier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purchase orders made: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReorderScreen</name>
        <message>
            <source>(no supplier)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 parts at or under their level, %2 to order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 on hand, level %3, suggested %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is above its reorder level.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reorder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reorder list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make purchase orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SKU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warehouse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suggested</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supplier</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SlipsModel</name>
        <message>
            <source>Returns: scan the parts coming back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan the parts of this slip.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No open pick-slip waits for %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 × %2 handed out (lot %3); %4 still to go on this line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Substitute: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slip complete.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 back on the shelf; %2 stays on the work order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is out of stock and has no substitute.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 waits for the advisor's approval.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SlipsScreen</name>
        <message>
            <source>Requested</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partly dispensed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dispensed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished">Cancelled</translation>
        </message>
        <message>
            <source>%1 lines, %2 to hand out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>waiting for approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>waits for the advisor: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>substitute refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>substitute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>EXACT — hand out now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MODIFIED — ask the advisor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 on hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick-slips</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick-slips waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan a part to open the oldest slip that needs it, or tap a slip.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No pick-slip is waiting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>◀ Queue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Returns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan each part as it leaves the shelf. Lots go out first-expiry-first-out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Out of stock — substitutes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SKU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To go</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quantity for the next scan</source>
            <translation>Quantity for the next scan</translation>
        </message>
    </context>
    <context>
        <name>Warehouse</name>
        <message>
            <source>Unknown code %1: nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not on this document: nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: everything asked is handed out already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is out of stock here: choose a substitute below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: more than ordered on this PO.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: more back than was handed out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has an expiry date: type the lot's expiry, then scan again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A count of this warehouse is open already.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>Contacting the cloud…</source>
            <translation>Contacting the cloud…</translation>
        </message>
        <message>
            <source>Taking the branch's data: %1 changes</source>
            <translation>Taking the branch's data: %1 changes</translation>
        </message>
        <message>
            <source>This station is ready.</source>
            <translation>This station is ready.</translation>
        </message>
        <message>
            <source>The enrolment code is wrong, used or expired. Ask HQ for a new one.</source>
            <translation>The enrolment code is wrong, used or expired. Ask HQ for a new one.</translation>
        </message>
        <message>
            <source>Cannot reach the cloud. Check the address and the network.</source>
            <translation>Cannot reach the cloud. Check the address and the network.</translation>
        </message>
        <message>
            <source>The cloud address starts with https://</source>
            <translation>The cloud address starts with https://</translation>
        </message>
        <message>
            <source>Enter the enrolment code and this station's code.</source>
            <translation>Enter the enrolment code and this station's code.</translation>
        </message>
        <message>
            <source>Welcome to SentraAuto Care</source>
            <translation>Welcome to SentraAuto Care</translation>
        </message>
        <message>
            <source>This station is not set up yet. Connect it to your branch with the enrolment code from HQ, or try the demo.</source>
            <translation>This station is not set up yet. Connect it to your branch with the enrolment code from HQ, or try the demo.</translation>
        </message>
        <message>
            <source>Connect with an enrolment code</source>
            <translation>Connect with an enrolment code</translation>
        </message>
        <message>
            <source>Try the demo</source>
            <translation>Try the demo</translation>
        </message>
        <message>
            <source>Cloud address</source>
            <translation>Cloud address</translation>
        </message>
        <message>
            <source>Enrolment code</source>
            <translation>Enrolment code</translation>
        </message>
        <message>
            <source>Station code</source>
            <translation>Station code</translation>
        </message>
        <message>
            <source>Connect this station</source>
            <translation>Connect this station</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>This station is for:</source>
            <translation>This station is for:</translation>
        </message>
        <message>
            <source>Service advisor</source>
            <translation>Service advisor</translation>
        </message>
        <message>
            <source>Mechanic bay</source>
            <translation>Mechanic bay</translation>
        </message>
        <message>
            <source>Warehouse</source>
            <translation>Warehouse</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation>Cashier</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Office</translation>
        </message>
        <message>
            <source>Connected. This branch has no user yet: create its first admin.</source>
            <translation>Connected. This branch has no user yet: create its first admin.</translation>
        </message>
        <message>
            <source>The branch's first admin signs in on this station and adds the other users.</source>
            <translation>The branch's first admin signs in on this station and adds the other users.</translation>
        </message>
        <message>
            <source>Admin's name</source>
            <translation>Admin's name</translation>
        </message>
        <message>
            <source>PIN (6 digits)</source>
            <translation>PIN (6 digits)</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>PIN again</translation>
        </message>
        <message>
            <source>Create the first admin</source>
            <translation>Create the first admin</translation>
        </message>
        <message>
            <source>The two PINs differ. Type the PIN again.</source>
            <translation>The two PINs differ. Type the PIN again.</translation>
        </message>
        <message>
            <source>An admin's PIN is 6 digits.</source>
            <translation>An admin's PIN is 6 digits.</translation>
        </message>
    </context>
    <context>
        <name>UsersScreen</name>
        <message>
            <source>Users</source>
            <translation>Users</translation>
        </message>
        <message>
            <source>inactive</source>
            <translation>inactive</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>locked</translation>
        </message>
        <message>
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <source>Pick a user, or add a new one.</source>
            <translation>Pick a user, or add a new one.</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Deactivate</translation>
        </message>
        <message>
            <source>New user: name, role and PIN</source>
            <translation>New user: name, role and PIN</translation>
        </message>
        <message>
            <source>New PIN for %1</source>
            <translation>New PIN for %1</translation>
        </message>
        <message>
            <source>Add user</source>
            <translation>Add user</translation>
        </message>
        <message>
            <source>Save PIN</source>
            <translation>Save PIN</translation>
        </message>
        <message>
            <source>Type the user's name.</source>
            <translation>Type the user's name.</translation>
        </message>
        <message>
            <source>Choose the user's role.</source>
            <translation>Choose the user's role.</translation>
        </message>
        <message>
            <source>%1 added.</source>
            <translation>%1 added.</translation>
        </message>
        <message>
            <source>New PIN saved for %1.</source>
            <translation>New PIN saved for %1.</translation>
        </message>
        <message>
            <source>%1 can log in again.</source>
            <translation>%1 can log in again.</translation>
        </message>
        <message>
            <source>Tap again to deactivate</source>
            <translation>Tap again to deactivate</translation>
        </message>
        <message>
            <source>%1 can no longer log in.</source>
            <translation>%1 can no longer log in.</translation>
        </message>
        <message>
            <source>New user</source>
            <translation>New user</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>New PIN</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>QrisPage</name>
        <message>
            <source>QR</source>
            <translation>QR</translation>
        </message>
        <message>
            <source>Valid for %1</source>
            <translation>Valid for %1</translation>
        </message>
        <message>
            <source>Asking the cloud for a QRIS code…</source>
            <translation>Asking the cloud for a QRIS code…</translation>
        </message>
        <message>
            <source>Let the customer scan the QR with any QRIS app. Waiting for the payment…</source>
            <translation>Let the customer scan the QR with any QRIS app. Waiting for the payment…</translation>
        </message>
        <message>
            <source>Paid: the payment is on its way to this till…</source>
            <translation>Paid: the payment is on its way to this till…</translation>
        </message>
        <message>
            <source>Paid by QRIS</source>
            <translation>Paid by QRIS</translation>
        </message>
        <message>
            <source>The QR expired and nothing was paid: make a new QR or choose another method.</source>
            <translation>The QR expired and nothing was paid: make a new QR or choose another method.</translation>
        </message>
        <message>
            <source>The QRIS payment failed and nothing was paid: make a new QR or choose another method.</source>
            <translation>The QRIS payment failed and nothing was paid: make a new QR or choose another method.</translation>
        </message>
        <message>
            <source>The cloud cannot be reached, so there is no QR: choose another method, or try again.</source>
            <translation>The cloud cannot be reached, so there is no QR: choose another method, or try again.</translation>
        </message>
        <message>
            <source>QRIS needs this till to be connected to the cloud: choose another method.</source>
            <translation>QRIS needs this till to be connected to the cloud: choose another method.</translation>
        </message>
        <message>
            <source>The cloud refused the QRIS charge (%1): choose another method.</source>
            <translation>The cloud refused the QRIS charge (%1): choose another method.</translation>
        </message>
        <message>
            <source>The cloud does not answer right now; still waiting for the payment. The QR stays valid.</source>
            <translation>The cloud does not answer right now; still waiting for the payment. The QR stays valid.</translation>
        </message>
        <message>
            <source>QRIS</source>
            <translation>QRIS</translation>
        </message>
        <message>
            <source>Other method</source>
            <translation>Other method</translation>
        </message>
        <message>
            <source>New QR</source>
            <translation>New QR</translation>
        </message>
    </context>
    <context>
        <name>RefundDialog</name>
        <message>
            <source>The refund must be more than Rp 0 and at most %1.</source>
            <translation>The refund must be more than Rp 0 and at most %1.</translation>
        </message>
        <message>
            <source>Say why the money is refunded.</source>
            <translation>Say why the money is refunded.</translation>
        </message>
        <message>
            <source>Say why the invoice is voided.</source>
            <translation>Say why the invoice is voided.</translation>
        </message>
        <message>
            <source>This invoice is voided: there is nothing to refund.</source>
            <translation>This invoice is voided: there is nothing to refund.</translation>
        </message>
        <message>
            <source>%1 was paid by card today. The card terminal cannot refund, but it can still void today's card payment: the money goes back to the same card. Void the invoice on the terminal (a supervisor confirms it); the work order can then be invoiced again.</source>
            <translation>%1 was paid by card today. The card terminal cannot refund, but it can still void today's card payment: the money goes back to the same card. Void the invoice on the terminal (a supervisor confirms it); the work order can then be invoiced again.</translation>
        </message>
        <message>
            <source>Nothing paid on this invoice is left to refund.</source>
            <translation>Nothing paid on this invoice is left to refund.</translation>
        </message>
        <message>
            <source>The card payment of %1 was settled on an earlier day: the terminal can no longer reverse it.</source>
            <translation>The card payment of %1 was settled on an earlier day: the terminal can no longer reverse it.</translation>
        </message>
        <message>
            <source>The refund is credited to the customer's account: what they owe on account (%1) goes down; no cash leaves the drawer.</source>
            <translation>The refund is credited to the customer's account: what they owe on account (%1) goes down; no cash leaves the drawer.</translation>
        </message>
        <message>
            <source>The refund is handed back in cash from the drawer (%1 in it now).</source>
            <translation>The refund is handed back in cash from the drawer (%1 in it now).</translation>
        </message>
        <message>
            <source>A supervisor confirms it with their PIN; both names are kept in the audit log.</source>
            <translation>A supervisor confirms it with their PIN; both names are kept in the audit log.</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Refund</translation>
        </message>
        <message>
            <source>Refund %1</source>
            <translation>Refund %1</translation>
        </message>
        <message>
            <source>Cash from the drawer</source>
            <translation>Cash from the drawer</translation>
        </message>
        <message>
            <source>Credit on account</source>
            <translation>Credit on account</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Void on the terminal</source>
            <translation>Void on the terminal</translation>
        </message>
        <message>
            <source>Confirm refund</source>
            <translation>Confirm refund</translation>
        </message>
    </context>
    <context>
        <name>SubstitutesStrip</name>
        <message>
            <source>Reject</source>
            <translation>Reject</translation>
        </message>
        <message>
            <source>%1 × %2 is out of stock; the warehouse offers %3 (fits with a change).</source>
            <translation>%1 × %2 is out of stock; the warehouse offers %3 (fits with a change).</translation>
        </message>
        <message>
            <source>Approve substitute</source>
            <translation>Approve substitute</translation>
        </message>
        <message>
            <source>Substitutes waiting for the customer's answer</source>
            <translation>Substitutes waiting for the customer's answer</translation>
        </message>
        <message>
            <source>Price too high</source>
            <translation>Price too high</translation>
        </message>
        <message>
            <source>Wants original</source>
            <translation>Wants original</translation>
        </message>
        <message>
            <source>Will wait</source>
            <translation>Will wait</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
    </context>
    <context>
        <name>MasterModel</name>
        <message>
            <source>Enter the HQ admin token first.</source>
            <translation>Enter the HQ admin token first.</translation>
        </message>
        <message>
            <source>The cloud refused the HQ admin token.</source>
            <translation>The cloud refused the HQ admin token.</translation>
        </message>
        <message>
            <source>This station has no cloud address.</source>
            <translation>This station has no cloud address.</translation>
        </message>
        <message>
            <source>Choose the branch.</source>
            <translation>Choose the branch.</translation>
        </message>
    </context>
    <context>
        <name>AdminMasterScreen</name>
        <message>
            <source>Choose a CSV file</source>
            <translation>Choose a CSV file</translation>
        </message>
        <message>
            <source>Choose the CSV file first.</source>
            <translation>Choose the CSV file first.</translation>
        </message>
        <message>
            <source>Checking the file…</source>
            <translation>Checking the file…</translation>
        </message>
        <message>
            <source>Publishing: %1 of %2 rows</source>
            <translation>Publishing: %1 of %2 rows</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Line %1: %2</translation>
        </message>
        <message>
            <source>… and %1 more</source>
            <translation>… and %1 more</translation>
        </message>
        <message>
            <source>%1 rows rejected: nothing was imported. Fix the file and import it again.</source>
            <translation>%1 rows rejected: nothing was imported. Fix the file and import it again.</translation>
        </message>
        <message>
            <source>%1 rows published to every station.</source>
            <translation>%1 rows published to every station.</translation>
        </message>
        <message>
            <source>%1 · %2 · DPP %3 · from %4</source>
            <translation>%1 · %2 · DPP %3 · from %4</translation>
        </message>
        <message>
            <source>%1 published; stations receive it at their next sync.</source>
            <translation>%1 published; stations receive it at their next sync.</translation>
        </message>
        <message>
            <source>Master data</source>
            <translation>Master data</translation>
        </message>
        <message>
            <source>HQ admin token</source>
            <translation>HQ admin token</translation>
        </message>
        <message>
            <source>kept only until logout</source>
            <translation>kept only until logout</translation>
        </message>
        <message>
            <source>Catalogue import</source>
            <translation>Catalogue import</translation>
        </message>
        <message>
            <source>Tax rules</source>
            <translation>Tax rules</translation>
        </message>
        <message>
            <source>Warehouses</source>
            <translation>Warehouses</translation>
        </message>
        <message>
            <source>Parts</source>
            <translation>Parts</translation>
        </message>
        <message>
            <source>Price list</source>
            <translation>Price list</translation>
        </message>
        <message>
            <source>Price list: kind (part/labour),code,price,valid_from (YYYY-MM-DD)[,branch_code] (empty: every branch).</source>
            <translation>Price list: kind (part/labour),code,price,valid_from (YYYY-MM-DD)[,branch_code] (empty: every branch).</translation>
        </message>
        <message>
            <source>Labour</source>
            <translation>Labour</translation>
        </message>
        <message>
            <source>Parts: sku,name,unit_price[,unit][,barcode][,has_expiry]. Labour: code,name,flat_hours,rate_per_hour. First row is the header.</source>
            <translation>Parts: sku,name,unit_price[,unit][,barcode][,has_expiry]. Labour: code,name,flat_hours,rate_per_hour. First row is the header.</translation>
        </message>
        <message>
            <source>CSV file</source>
            <translation>CSV file</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <source>Check and import</source>
            <translation>Check and import</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>PPN rate</source>
            <translation>PPN rate</translation>
        </message>
        <message>
            <source>DPP factor</source>
            <translation>DPP factor</translation>
        </message>
        <message>
            <source>In force from</source>
            <translation>In force from</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>Publish</translation>
        </message>
        <message>
            <source>12 or 3/25</source>
            <translation>12 or 3/25</translation>
        </message>
        <message>
            <source>11/12 or 100</source>
            <translation>11/12 or 100</translation>
        </message>
        <message>
            <source>Enrolment code for %1: %2 (once; type it in the new station's wizard)</source>
            <translation>Enrolment code for %1: %2 (once; type it in the new station's wizard)</translation>
        </message>
        <message>
            <source>Enrolment code made.</source>
            <translation>Enrolment code made.</translation>
        </message>
        <message>
            <source>Branches</source>
            <translation>Branches</translation>
        </message>
        <message>
            <source>Station code</source>
            <translation>Station code</translation>
        </message>
        <message>
            <source>Create branch</source>
            <translation>Create branch</translation>
        </message>
        <message>
            <source>Make enrolment code</source>
            <translation>Make enrolment code</translation>
        </message>
    </context>
</TS>
