<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
    <context>
        <name>BoardColumn</name>
        <message>
            <source>No work orders here</source>
            <translation>Tidak ada WO di sini</translation>
        </message>
    </context>
    <context>
        <name>BoardScreen</name>
        <message>
            <source>Work order board</source>
            <translation>Papan Work Order</translation>
        </message>
    </context>
    <context>
        <name>BoardView</name>
        <message>
            <source>Could not load the board: %1</source>
            <translation>Papan tidak dapat dimuat: %1</translation>
        </message>
        <message>
            <source>Loading work orders…</source>
            <translation>Memuat work order…</translation>
        </message>
        <message>
            <source>%1 open work orders · %2 overdue · updated %3</source>
            <translation>%1 WO terbuka · %2 terlambat · diperbarui %3</translation>
        </message>
    </context>
    <context>
        <name>CardDelegate</name>
        <message>
            <source>OVERDUE</source>
            <translation>TERLAMBAT</translation>
        </message>
        <message>
            <source>No bay</source>
            <translation>Tanpa bay</translation>
        </message>
        <message>
            <source>Due %1</source>
            <translation>Batas %1</translation>
        </message>
    </context>
    <context>
        <name>Devices</name>
        <message>
            <source>Sending to the card terminal…</source>
            <translation>Mengirim ke EDC…</translation>
        </message>
        <message>
            <source>Sent to the card terminal</source>
            <translation>Terkirim ke EDC</translation>
        </message>
        <message>
            <source>Waiting for the card / PIN on the terminal…</source>
            <translation>Menunggu kartu / PIN di EDC…</translation>
        </message>
        <message>
            <source>Checking the payment status on the terminal…</source>
            <translation>Memeriksa status transaksi di EDC…</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>No card terminal is set up for this station</source>
            <translation>EDC belum diatur untuk stasiun ini</translation>
        </message>
        <message>
            <source>The card terminal simulator needs a pseudo-terminal (Linux/macOS)</source>
            <translation>Simulator EDC butuh pseudo-terminal (Linux/macOS)</translation>
        </message>
        <message>
            <source>The card terminal simulator could not start</source>
            <translation>Simulator EDC tidak bisa dimulai</translation>
        </message>
        <message>
            <source>No receipt printer is set up for this station</source>
            <translation>Printer struk belum diatur untuk stasiun ini</translation>
        </message>
        <message>
            <source>The receipt printer address is not valid</source>
            <translation>Alamat printer struk tidak valid</translation>
        </message>
        <message>
            <source>No scanner port is set up for this station</source>
            <translation>Port pemindai barcode belum diatur untuk stasiun ini</translation>
        </message>
        <message>
            <source>The barcode scanner could not be opened</source>
            <translation>Pemindai barcode tidak bisa dibuka</translation>
        </message>
        <message>
            <source>The barcode scanner was disconnected</source>
            <translation>Pemindai barcode terputus</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>Contacting the cloud…</source>
            <translation>Menghubungi cloud…</translation>
        </message>
        <message>
            <source>Taking the branch's data: %1 changes</source>
            <translation>Mengambil data cabang: %1 perubahan</translation>
        </message>
        <message>
            <source>This station is ready.</source>
            <translation>Stasiun ini siap.</translation>
        </message>
        <message>
            <source>The enrolment code is wrong, used or expired. Ask HQ for a new one.</source>
            <translation>Kode pendaftaran salah, sudah dipakai, atau kedaluwarsa. Minta kode baru ke kantor pusat.</translation>
        </message>
        <message>
            <source>Cannot reach the cloud. Check the address and the network.</source>
            <translation>Cloud tidak dapat dihubungi. Periksa alamat dan jaringan.</translation>
        </message>
        <message>
            <source>The cloud address starts with https://</source>
            <translation>Alamat cloud diawali https://</translation>
        </message>
        <message>
            <source>Enter the enrolment code and this station's code.</source>
            <translation>Isi kode pendaftaran dan kode stasiun ini.</translation>
        </message>
        <message>
            <source>Welcome to SentraAuto Care</source>
            <translation>Selamat datang di SentraAuto Care</translation>
        </message>
        <message>
            <source>This station is not set up yet. Connect it to your branch with the enrolment code from HQ, or try the demo.</source>
            <translation>Stasiun ini belum disiapkan. Sambungkan ke cabang Anda dengan kode pendaftaran dari kantor pusat, atau coba demo.</translation>
        </message>
        <message>
            <source>Connect with an enrolment code</source>
            <translation>Sambungkan dengan kode pendaftaran</translation>
        </message>
        <message>
            <source>Try the demo</source>
            <translation>Coba demo</translation>
        </message>
        <message>
            <source>Cloud address</source>
            <translation>Alamat cloud</translation>
        </message>
        <message>
            <source>Enrolment code</source>
            <translation>Kode pendaftaran</translation>
        </message>
        <message>
            <source>Station code</source>
            <translation>Kode stasiun</translation>
        </message>
        <message>
            <source>Connect this station</source>
            <translation>Sambungkan stasiun ini</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Kembali</translation>
        </message>
    </context>
    <context>
        <name>HeaderBar</name>
        <message>
            <source>Log out</source>
            <translation>Keluar</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Service advisor</source>
            <translation>Service Advisor</translation>
        </message>
        <message>
            <source>Mechanic</source>
            <translation>Mekanik</translation>
        </message>
        <message>
            <source>Storekeeper</source>
            <translation>Gudang</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation>Kasir</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Kepala Bengkel</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>Intake</source>
            <translation>Penerimaan</translation>
        </message>
        <message>
            <source>Diagnosing</source>
            <translation>Diagnosa</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>Dikerjakan</translation>
        </message>
        <message>
            <source>Waiting for parts</source>
            <translation>Tunggu Part</translation>
        </message>
        <message>
            <source>QC / test drive</source>
            <translation>QC / Uji Jalan</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Dibatalkan</translation>
        </message>
        <message>
            <source>You are not allowed to do this.</source>
            <translation>Anda tidak berwenang melakukan ini.</translation>
        </message>
        <message>
            <source>Not found: %1</source>
            <translation>Tidak ditemukan: %1</translation>
        </message>
        <message>
            <source>Unexpected error: %1</source>
            <translation>Kesalahan tak terduga: %1</translation>
        </message>
    </context>
    <context>
        <name>LoginView</name>
        <message>
            <source>Who is on duty?</source>
            <translation>Siapa yang bertugas?</translation>
        </message>
        <message>
            <source>Tap your name, then type your PIN.</source>
            <translation>Ketuk nama Anda, lalu ketik PIN.</translation>
        </message>
        <message>
            <source>Enter your PIN</source>
            <translation>Masukkan PIN</translation>
        </message>
        <message>
            <source>Branch %1 · Station %2</source>
            <translation>Cabang %1 · Stasiun %2</translation>
        </message>
        <message>
            <source>Choose your name first.</source>
            <translation>Pilih nama Anda terlebih dahulu.</translation>
        </message>
        <message>
            <source>Hello, %1. Type your PIN and press OK.</source>
            <translation>Halo, %1. Ketik PIN lalu tekan OK.</translation>
        </message>
        <message>
            <source>Checking PIN…</source>
            <translation>Memeriksa PIN…</translation>
        </message>
        <message>
            <source>Wrong PIN. Tries left: %1</source>
            <translation>PIN salah. Sisa percobaan: %1</translation>
        </message>
        <message>
            <source>Wrong PIN.</source>
            <translation>PIN salah.</translation>
        </message>
        <message>
            <source>Locked: too many wrong PINs. Try again at %1, or ask the supervisor to unlock.</source>
            <translation>Terkunci: terlalu sering salah PIN. Coba lagi pukul %1, atau minta Kepala Bengkel membuka kunci.</translation>
        </message>
        <message>
            <source>Locked: too many wrong PINs. Ask the supervisor to unlock.</source>
            <translation>Terkunci: terlalu sering salah PIN. Minta Kepala Bengkel membuka kunci.</translation>
        </message>
        <message>
            <source>This user is not active any more.</source>
            <translation>Pengguna ini sudah tidak aktif.</translation>
        </message>
        <message>
            <source>No users on this station yet: ask IT to set it up.</source>
            <translation>Belum ada pengguna di stasiun ini: minta tim IT menyiapkannya.</translation>
        </message>
        <message>
            <source>PIN for %1</source>
            <translation>PIN untuk %1</translation>
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
            <translation>Cabang %1 · Stasiun %2</translation>
        </message>
        <message>
            <source>Logged in: %1 · %2</source>
            <translation>Masuk: %1 · %2</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Memproses…</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Siap</translation>
        </message>
        <message>
            <source>Card terminal: earlier payments checked (%1)</source>
            <translation>EDC: transaksi sebelumnya sudah diperiksa (%1)</translation>
        </message>
    </context>
    <context>
        <name>NumericKeypad</name>
        <message>
            <source>Clear</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Delete last digit</source>
            <translation>Hapus angka terakhir</translation>
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
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Delete last digit</source>
            <translation>Hapus angka terakhir</translation>
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
            <translation>Papan WO</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Pengguna</translation>
        </message>
    </context>
    <context>
        <name>SupervisorPinPrompt</name>
        <message>
            <source>No supervisor is set up on this station.</source>
            <translation>Belum ada supervisor di stasiun ini.</translation>
        </message>
        <message>
            <source>Supervisor confirmation</source>
            <translation>Konfirmasi supervisor</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>SyncIndicator</name>
        <message>
            <source>Sync: local / offline</source>
            <translation>Sinkron: lokal / offline</translation>
        </message>
        <message>
            <source>connecting…</source>
            <translation>menghubungkan…</translation>
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
            <translation>menyinkronkan %1%</translation>
        </message>
        <message>
            <source>syncing…</source>
            <translation>menyinkronkan…</translation>
        </message>
        <message>
            <source>error</source>
            <translation>gagal</translation>
        </message>
        <message>
            <source>Sync: %1</source>
            <translation>Sinkron: %1</translation>
        </message>
        <message>
            <source>%1 pending</source>
            <translation>%1 tertunda</translation>
        </message>
        <message>
            <source>check the clock</source>
            <translation>periksa jam</translation>
        </message>
        <message>
            <source>This station is not enrolled with the cloud: it works on its own and shares changes over the LAN only.</source>
            <translation>Stasiun ini belum terdaftar di cloud: bekerja mandiri dan berbagi perubahan hanya lewat LAN.</translation>
        </message>
        <message>
            <source>Last successful sync: %1</source>
            <translation>Sinkron terakhir berhasil: %1</translation>
        </message>
        <message>
            <source>Not synced with the cloud yet.</source>
            <translation>Belum pernah sinkron dengan cloud.</translation>
        </message>
        <message>
            <source>LAN: off</source>
            <translation>LAN: nonaktif</translation>
        </message>
        <message>
            <source>LAN: offline</source>
            <translation>LAN: offline</translation>
        </message>
        <message>
            <source>LAN: online · %1 stations</source>
            <translation>LAN: online · %1 stasiun</translation>
        </message>
        <message>
            <source>%1 set aside</source>
            <translation>%1 disisihkan</translation>
        </message>
        <message>
            <source>Events set aside (not applied): %1; latest: %2</source>
            <translation>Event disisihkan (tidak diterapkan): %1; terakhir: %2</translation>
        </message>
    </context>
    <context>
        <name>BoardRoleView</name>
        <message>
            <source>Work order board</source>
            <translation>Papan Work Order</translation>
        </message>
    </context>
    <context>
        <name>UsersScreen</name>
        <message>
            <source>Users</source>
            <translation>Pengguna</translation>
        </message>
        <message>
            <source>inactive</source>
            <translation>tidak aktif</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>terkunci</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktif</translation>
        </message>
        <message>
            <source>Pick a user, or add a new one.</source>
            <translation>Pilih pengguna, atau tambahkan yang baru.</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Nonaktifkan</translation>
        </message>
        <message>
            <source>New user: name, role and PIN</source>
            <translation>Pengguna baru: nama, peran, dan PIN</translation>
        </message>
        <message>
            <source>New PIN for %1</source>
            <translation>PIN baru untuk %1</translation>
        </message>
        <message>
            <source>Add user</source>
            <translation>Tambah pengguna</translation>
        </message>
        <message>
            <source>Save PIN</source>
            <translation>Simpan PIN</translation>
        </message>
        <message>
            <source>Type the user's name.</source>
            <translation>Ketik nama pengguna.</translation>
        </message>
        <message>
            <source>Choose the user's role.</source>
            <translation>Pilih peran pengguna.</translation>
        </message>
        <message>
            <source>%1 added.</source>
            <translation>%1 ditambahkan.</translation>
        </message>
        <message>
            <source>New PIN saved for %1.</source>
            <translation>PIN baru untuk %1 disimpan.</translation>
        </message>
        <message>
            <source>%1 can log in again.</source>
            <translation>%1 dapat masuk lagi.</translation>
        </message>
        <message>
            <source>Tap again to deactivate</source>
            <translation>Ketuk lagi untuk menonaktifkan</translation>
        </message>
        <message>
            <source>%1 can no longer log in.</source>
            <translation>%1 tidak dapat masuk lagi.</translation>
        </message>
        <message>
            <source>New user</source>
            <translation>Pengguna baru</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>PIN baru</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Buka kunci</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
</TS>
