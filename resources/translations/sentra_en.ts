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
            <source>Users</source>
            <translation>Users</translation>
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
</TS>
