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
        <name>HeaderBar</name>
        <message>
            <source>Log out</source>
            <translation>Keluar</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Lainnya</translation>
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
        <message>
            <source>Scan ignored: this screen does not take a scan (%1)</source>
            <translation>Pindaian diabaikan: layar ini tidak menerima pindaian (%1)</translation>
        </message>
        <message>
            <source>Support bundle saved: %1</source>
            <translation>Paket dukungan disimpan: %1</translation>
        </message>
        <message>
            <source>Support bundle not saved: %1</source>
            <translation>Paket dukungan tidak tersimpan: %1</translation>
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
            <source>SA desk</source>
            <translation>Meja SA</translation>
        </message>
        <message>
            <source>Work order</source>
            <translation>Work order</translation>
        </message>
        <message>
            <source>Checkout</source>
            <translation>Kasir</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>Struk</translation>
        </message>
        <message>
            <source>Receivables</source>
            <translation>Piutang</translation>
        </message>
        <message>
            <source>Pick-slips</source>
            <translation>Pick-slip</translation>
        </message>
        <message>
            <source>My jobs</source>
            <translation>Tugas saya</translation>
        </message>
        <message>
            <source>Parts</source>
            <translation>Suku cadang</translation>
        </message>
        <message>
            <source>Get parts</source>
            <translation>Minta part</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Temuan</translation>
        </message>
        <message>
            <source>QC</source>
            <translation>QC</translation>
        </message>
        <message>
            <source>Receiving</source>
            <translation>Penerimaan</translation>
        </message>
        <message>
            <source>Reorder</source>
            <translation>Pesan ulang</translation>
        </message>
        <message>
            <source>Stock count</source>
            <translation>Stok opname</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Pengguna</translation>
        </message>
        <message>
            <source>Master data</source>
            <translation>Data induk</translation>
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
        <name>AddPanel</name>
        <message>
            <source>no stock</source>
            <translation>stok kosong</translation>
        </message>
        <message>
            <source>Add labour or parts</source>
            <translation>Tambah jasa atau sparepart</translation>
        </message>
        <message>
            <source>Search the catalogue (name, code, barcode)</source>
            <translation>Cari katalog (nama, kode, barcode)</translation>
        </message>
        <message>
            <source>Labour</source>
            <translation>Jasa</translation>
        </message>
        <message>
            <source>Parts</source>
            <translation>Sparepart</translation>
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
            <translation>Disetujui</translation>
        </message>
        <message>
            <source>No lines yet.</source>
            <translation>Belum ada baris.</translation>
        </message>
        <message>
            <source>%1 line(s) wait for the customer's decision</source>
            <translation>%1 baris menunggu keputusan pelanggan</translation>
        </message>
        <message>
            <source>The customer decided every line.</source>
            <translation>Pelanggan sudah memutuskan semua baris.</translation>
        </message>
    </context>
    <context>
        <name>AssignPanel</name>
        <message>
            <source>Choose at least one mechanic.</source>
            <translation>Pilih minimal satu mekanik.</translation>
        </message>
        <message>
            <source>Choose a bay.</source>
            <translation>Pilih bay.</translation>
        </message>
        <message>
            <source>Assign: %1</source>
            <translation>Tugaskan: %1</translation>
        </message>
        <message>
            <source>Mechanics (one or more)</source>
            <translation>Mekanik (satu atau lebih)</translation>
        </message>
        <message>
            <source>Bay</source>
            <translation>Bay</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>Tugaskan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>BoardFilterBar</name>
        <message>
            <source>All bays</source>
            <translation>Semua bay</translation>
        </message>
        <message>
            <source>All mechanics</source>
            <translation>Semua mekanik</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>Hanya yang terlambat</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>Tampilkan semua</translation>
        </message>
    </context>
    <context>
        <name>DeskScreen</name>
        <message>
            <source>SA desk</source>
            <translation>Meja SA</translation>
        </message>
    </context>
    <context>
        <name>LineTable</name>
        <message>
            <source>Labour</source>
            <translation>Jasa</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Sparepart</translation>
        </message>
        <message>
            <source>%1 (%2 h)</source>
            <translation>%1 (%2 jam)</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Menunggu</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Disetujui</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Ditolak</translation>
        </message>
        <message>
            <source>in person</source>
            <translation>langsung</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>telepon</translation>
        </message>
        <message>
            <source>WhatsApp</source>
            <translation>WhatsApp</translation>
        </message>
        <message>
            <source>no mechanic</source>
            <translation>belum ada mekanik</translation>
        </message>
        <message>
            <source>no bay</source>
            <translation>belum ada bay</translation>
        </message>
        <message>
            <source>no stock</source>
            <translation>stok kosong</translation>
        </message>
        <message>
            <source>handed out %1</source>
            <translation>sudah keluar %1</translation>
        </message>
        <message>
            <source>stock %1</source>
            <translation>stok %1</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Uraian</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Jml</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Harga</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Pelanggan</translation>
        </message>
        <message>
            <source>Mechanic, bay / stock</source>
            <translation>Mekanik, bay / stok</translation>
        </message>
        <message>
            <source>No lines yet: add labour or parts from the catalogue on the right.</source>
            <translation>Belum ada baris: tambahkan jasa atau sparepart dari katalog di kanan.</translation>
        </message>
    </context>
    <context>
        <name>OpenWoPanel</name>
        <message>
            <source>Enter today's odometer reading (km).</source>
            <translation>Isi kilometer (odometer) hari ini.</translation>
        </message>
        <message>
            <source>Pick or type at least one complaint.</source>
            <translation>Pilih atau ketik minimal satu keluhan.</translation>
        </message>
        <message>
            <source>%1 is below the last reading (%2): give a reason, a supervisor confirms.</source>
            <translation>%1 lebih rendah dari catatan terakhir (%2): isi alasannya, kepala bengkel mengonfirmasi.</translation>
        </message>
        <message>
            <source>Odometer %1 is below the last reading %2. Reason: %3</source>
            <translation>Odometer %1 lebih rendah dari catatan terakhir %2. Alasan: %3</translation>
        </message>
        <message>
            <source>The reading is below the last one: give a reason, a supervisor confirms.</source>
            <translation>Kilometer lebih rendah dari catatan terakhir: isi alasannya, kepala bengkel mengonfirmasi.</translation>
        </message>
        <message>
            <source>Warranty rework</source>
            <translation>Pekerjaan ulang garansi</translation>
        </message>
        <message>
            <source>Open a work order</source>
            <translation>Buka work order</translation>
        </message>
        <message>
            <source>Rework of %1, linked to it</source>
            <translation>Pekerjaan ulang dari %1, ditautkan</translation>
        </message>
        <message>
            <source>Odometer today (last: %1)</source>
            <translation>Odometer hari ini (terakhir: %1)</translation>
        </message>
        <message>
            <source>km</source>
            <translation>km</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Keluhan</translation>
        </message>
        <message>
            <source>Reason for the lower reading (e.g. odometer replaced)</source>
            <translation>Alasan kilometer lebih rendah (mis. odometer diganti)</translation>
        </message>
        <message>
            <source>Other complaint, in the customer's words</source>
            <translation>Keluhan lain, dengan kata-kata pelanggan</translation>
        </message>
        <message>
            <source>Open rework WO</source>
            <translation>Buka WO garansi</translation>
        </message>
        <message>
            <source>Open WO</source>
            <translation>Buka WO</translation>
        </message>
    </context>
    <context>
        <name>PrintPreview</name>
        <message>
            <source>Close preview</source>
            <translation>Tutup pratinjau</translation>
        </message>
    </context>
    <context>
        <name>RegisterPage</name>
        <message>
            <source>The plate is required.</source>
            <translation>Nomor polisi wajib diisi.</translation>
        </message>
        <message>
            <source>Not an Indonesian plate: region letters, 1–4 digits, up to 3 letters (B 1234 XYZ).</source>
            <translation>Bukan nomor polisi Indonesia: huruf wilayah, 1–4 angka, sampai 3 huruf (B 1234 XYZ).</translation>
        </message>
        <message>
            <source>The customer's name is required.</source>
            <translation>Nama pelanggan wajib diisi.</translation>
        </message>
        <message>
            <source>A phone number has 8 to 15 digits.</source>
            <translation>Nomor telepon terdiri dari 8 sampai 15 angka.</translation>
        </message>
        <message>
            <source>Not an e-mail address.</source>
            <translation>Bukan alamat e-mail.</translation>
        </message>
        <message>
            <source>A model year like 2019.</source>
            <translation>Tahun model seperti 2019.</translation>
        </message>
        <message>
            <source>A VIN has 17 letters and digits, never I, O or Q.</source>
            <translation>Nomor rangka (VIN) 17 huruf dan angka, tanpa I, O atau Q.</translation>
        </message>
        <message>
            <source>Check the fields marked in red.</source>
            <translation>Periksa isian yang bertanda merah.</translation>
        </message>
        <message>
            <source>This plate is already registered.</source>
            <translation>Nomor polisi ini sudah terdaftar.</translation>
        </message>
        <message>
            <source>Another vehicle for %1</source>
            <translation>Kendaraan lain untuk %1</translation>
        </message>
        <message>
            <source>New customer and vehicle</source>
            <translation>Pelanggan dan kendaraan baru</translation>
        </message>
        <message>
            <source>Plate *</source>
            <translation>Nopol *</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Nama *</translation>
        </message>
        <message>
            <source>Phone / WhatsApp</source>
            <translation>Telepon / WhatsApp</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Make</source>
            <translation>Merek</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Tahun</translation>
        </message>
        <message>
            <source>VIN (chassis no.)</source>
            <translation>VIN (no. rangka)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>SearchPage</name>
        <message>
            <source>Plate, phone, name or VIN — e.g. B 1234 XYZ</source>
            <translation>Nopol, telepon, nama atau VIN — mis. B 1234 XYZ</translation>
        </message>
        <message>
            <source>Type a plate in any spelling (b1234xyz), a phone number (0812… or +62812…), a customer's name or a VIN. Enter opens an exact plate.</source>
            <translation>Ketik nopol dengan ejaan apa saja (b1234xyz), nomor telepon (0812… atau +62812…), nama pelanggan atau VIN. Enter membuka nopol yang tepat.</translation>
        </message>
        <message>
            <source>No customer or vehicle matches “%1”.</source>
            <translation>Tidak ada pelanggan atau kendaraan untuk “%1”.</translation>
        </message>
        <message>
            <source>Register new customer with %1</source>
            <translation>Daftarkan pelanggan baru dengan %1</translation>
        </message>
        <message>
            <source>Register new customer</source>
            <translation>Daftarkan pelanggan baru</translation>
        </message>
    </context>
    <context>
        <name>VehicleCardPage</name>
        <message>
            <source>No visits yet.</source>
            <translation>Belum pernah servis.</translation>
        </message>
        <message>
            <source>Complaints: %1</source>
            <translation>Keluhan: %1</translation>
        </message>
        <message>
            <source>Work: %1</source>
            <translation>Pekerjaan: %1</translation>
        </message>
        <message>
            <source>Warranty rework of %1</source>
            <translation>Garansi (pekerjaan ulang) dari %1</translation>
        </message>
        <message>
            <source>Reworked under warranty: %1</source>
            <translation>Dikerjakan ulang (garansi): %1</translation>
        </message>
        <message>
            <source>Warranty</source>
            <translation>Garansi</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <source>‹ Search</source>
            <translation>‹ Cari</translation>
        </message>
        <message>
            <source>Open work orders</source>
            <translation>WO terbuka</translation>
        </message>
        <message>
            <source>Service history (every branch, newest first)</source>
            <translation>Riwayat servis (semua cabang, terbaru di atas)</translation>
        </message>
        <message>
            <source>(no make/model)</source>
            <translation>(merek/model belum diisi)</translation>
        </message>
        <message>
            <source>Last odometer: %1</source>
            <translation>Odometer terakhir: %1</translation>
        </message>
    </context>
    <context>
        <name>WorkOrderScreen</name>
        <message>
            <source>Who decided? Type the customer's name.</source>
            <translation>Siapa yang memutuskan? Ketik nama pelanggan.</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Mencetak…</translation>
        </message>
        <message>
            <source>Job sheet</source>
            <translation>SPK</translation>
        </message>
        <message>
            <source>Estimate</source>
            <translation>Estimasi</translation>
        </message>
        <message>
            <source>%1 printed.</source>
            <translation>%1 tercetak.</translation>
        </message>
        <message>
            <source>No printer is set up for this station.</source>
            <translation>Printer belum diatur untuk stasiun ini.</translation>
        </message>
        <message>
            <source>Not printed: %1</source>
            <translation>Tidak tercetak: %1</translation>
        </message>
        <message>
            <source>Job added: it waits for the customer's approval.</source>
            <translation>Jasa ditambahkan: menunggu persetujuan pelanggan.</translation>
        </message>
        <message>
            <source>Part added: it waits for the customer's approval.</source>
            <translation>Sparepart ditambahkan: menunggu persetujuan pelanggan.</translation>
        </message>
        <message>
            <source>Quantity changed: the line needs the customer's approval again.</source>
            <translation>Jumlah diubah: baris ini perlu disetujui pelanggan lagi.</translation>
        </message>
        <message>
            <source>Line taken off.</source>
            <translation>Baris dihapus.</translation>
        </message>
        <message>
            <source>Approval recorded.</source>
            <translation>Persetujuan dicatat.</translation>
        </message>
        <message>
            <source>Decline recorded: the line stays for the record, not worked or billed.</source>
            <translation>Penolakan dicatat: baris tetap tercatat, tidak dikerjakan dan tidak ditagih.</translation>
        </message>
        <message>
            <source>Mechanics and bay assigned.</source>
            <translation>Mekanik dan bay ditugaskan.</translation>
        </message>
        <message>
            <source>Work order</source>
            <translation>Work order</translation>
        </message>
        <message>
            <source>Open a work order from the service desk or tap a card on the board.</source>
            <translation>Buka work order dari Meja SA atau ketuk kartu di papan WO.</translation>
        </message>
        <message>
            <source>Print job sheet</source>
            <translation>Cetak SPK</translation>
        </message>
        <message>
            <source>Print estimate</source>
            <translation>Cetak estimasi</translation>
        </message>
        <message>
            <source>Decided by (the customer's name)</source>
            <translation>Diputuskan oleh (nama pelanggan)</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>Langsung</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <source>WhatsApp</source>
            <translation>WhatsApp</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Setujui</translation>
        </message>
        <message>
            <source>Decline</source>
            <translation>Tolak</translation>
        </message>
        <message>
            <source>Approve all</source>
            <translation>Setujui semua</translation>
        </message>
        <message>
            <source>Take off</source>
            <translation>Hapus baris</translation>
        </message>
        <message>
            <source>Mechanic &amp;&amp; bay…</source>
            <translation>Mekanik &amp;&amp; bay…</translation>
        </message>
        <message>
            <source>SLA paused: waiting for parts</source>
            <translation>SLA berhenti: menunggu sparepart</translation>
        </message>
        <message>
            <source>Due %1</source>
            <translation>Batas %1</translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation>TERLAMBAT</translation>
        </message>
        <message>
            <source>Complaints: %1</source>
            <translation>Keluhan: %1</translation>
        </message>
        <message>
            <source>Warranty rework of %1</source>
            <translation>Garansi (pekerjaan ulang) dari %1</translation>
        </message>
        <message>
            <source>Reworked under warranty by %1</source>
            <translation>Dikerjakan ulang (garansi) oleh %1</translation>
        </message>
        <message>
            <source>Substitute approved: the warehouse hands it out.</source>
            <translation>Pengganti disetujui: gudang akan menyerahkannya.</translation>
        </message>
        <message>
            <source>Substitute rejected: the part stays as requested.</source>
            <translation>Pengganti ditolak: sparepart tetap seperti yang diminta.</translation>
        </message>
    </context>
    <context>
        <name>CardPage</name>
        <message>
            <source>Press start, then hand the customer the terminal.</source>
            <translation>Tekan mulai, lalu serahkan EDC ke pelanggan.</translation>
        </message>
        <message>
            <source>Sending to the terminal…</source>
            <translation>Mengirim ke EDC…</translation>
        </message>
        <message>
            <source>Sent to the terminal</source>
            <translation>Terkirim ke EDC</translation>
        </message>
        <message>
            <source>Waiting for the card and PIN on the terminal…</source>
            <translation>Menunggu kartu dan PIN di EDC…</translation>
        </message>
        <message>
            <source>Checking with the terminal…</source>
            <translation>Memeriksa status di EDC…</translation>
        </message>
        <message>
            <source>The terminal answered</source>
            <translation>EDC sudah menjawab</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Disetujui</translation>
        </message>
        <message>
            <source>Declined: choose another method</source>
            <translation>Ditolak: pilih cara bayar lain</translation>
        </message>
        <message>
            <source>Checking with the terminal: the sale is not known yet. It is never charged twice.</source>
            <translation>Memeriksa status di EDC: hasil transaksi belum diketahui. Kartu tidak akan ditagih dua kali.</translation>
        </message>
        <message>
            <source>The terminal could not take the sale</source>
            <translation>EDC tidak dapat memproses transaksi</translation>
        </message>
        <message>
            <source>Card (EDC)</source>
            <translation>Kartu (EDC)</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Kirim</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Hasil</translation>
        </message>
        <message>
            <source>Card and PIN</source>
            <translation>Kartu &amp; PIN</translation>
        </message>
        <message>
            <source>Start on terminal</source>
            <translation>Mulai di EDC</translation>
        </message>
        <message>
            <source>Other method</source>
            <translation>Cara bayar lain</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Periksa lagi</translation>
        </message>
        <message>
            <source>‹ Queue</source>
            <translation>‹ Antrean</translation>
        </message>
    </context>
    <context>
        <name>CashPage</name>
        <message>
            <source>%1 short</source>
            <translation>Kurang %1</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Tunai</translation>
        </message>
        <message>
            <source>To pay</source>
            <translation>Harus dibayar</translation>
        </message>
        <message>
            <source>Cash given</source>
            <translation>Uang diterima</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Kembalian</translation>
        </message>
        <message>
            <source>Exact</source>
            <translation>Uang pas</translation>
        </message>
        <message>
            <source>Pay cash</source>
            <translation>Bayar tunai</translation>
        </message>
        <message>
            <source>‹ Back</source>
            <translation>‹ Kembali</translation>
        </message>
    </context>
    <context>
        <name>Cashier</name>
        <message>
            <source>A discount above the branch's limit: a supervisor confirms it.</source>
            <translation>Diskon di atas batas cabang: perlu konfirmasi kepala bengkel.</translation>
        </message>
        <message>
            <source>Over the customer's credit limit: a supervisor confirms it.</source>
            <translation>Melebihi batas kredit pelanggan: perlu konfirmasi kepala bengkel.</translation>
        </message>
        <message>
            <source>The drawer is off by more than the branch allows: a supervisor confirms the close.</source>
            <translation>Selisih kas melebihi batas cabang: penutupan shift perlu konfirmasi kepala bengkel.</translation>
        </message>
        <message>
            <source>The card was declined: choose another method.</source>
            <translation>Kartu ditolak: pilih cara bayar lain.</translation>
        </message>
        <message>
            <source>Checking with the terminal: the sale is not known yet. It is never charged twice.</source>
            <translation>Memeriksa status di EDC: hasil transaksi belum diketahui. Kartu tidak akan ditagih dua kali.</translation>
        </message>
        <message>
            <source>An earlier card sale is still being checked with the terminal: no new card sale until it is known.</source>
            <translation>Transaksi kartu sebelumnya masih diperiksa di EDC: belum bisa transaksi kartu baru sampai hasilnya diketahui.</translation>
        </message>
        <message>
            <source>The card terminal cannot be reached: check its cable and power, or take another method.</source>
            <translation>EDC tidak terhubung: periksa kabel dan dayanya, atau pakai cara bayar lain.</translation>
        </message>
        <message>
            <source>No shift is open on this till: open it with the float first.</source>
            <translation>Belum ada shift yang dibuka di kasir ini: buka shift dengan modal awal dulu.</translation>
        </message>
        <message>
            <source>QRIS is waiting for the cloud's QRIS service: take cash, card or on account.</source>
            <translation>QRIS menunggu layanan QRIS dari server pusat: terima tunai, kartu, atau piutang.</translation>
        </message>
        <message>
            <source>This customer has no credit account (piutang): a supervisor opens one.</source>
            <translation>Pelanggan ini belum punya akun piutang: kepala bengkel yang membukanya.</translation>
        </message>
        <message>
            <source>This customer's credit account is closed.</source>
            <translation>Akun piutang pelanggan ini sudah ditutup.</translation>
        </message>
        <message>
            <source>That is more than is due.</source>
            <translation>Jumlahnya melebihi tagihan.</translation>
        </message>
        <message>
            <source>A shift is already open on this till.</source>
            <translation>Shift di kasir ini sudah dibuka.</translation>
        </message>
        <message>
            <source>Voiding a paid invoice: a supervisor confirms it.</source>
            <translation>Pembatalan faktur yang sudah dibayar: perlu konfirmasi kepala bengkel.</translation>
        </message>
        <message>
            <source>A refund: a supervisor confirms it.</source>
            <translation>Refund: perlu konfirmasi kepala bengkel.</translation>
        </message>
        <message>
            <source>QRIS is paid through the cloud's QR, not entered here: choose QRIS to show the QR.</source>
            <translation>QRIS dibayar lewat QR dari server pusat, tidak diinput di sini: pilih QRIS untuk menampilkan QR.</translation>
        </message>
    </context>
    <context>
        <name>CheckoutModel</name>
        <message numerus="yes">
            <source>%n card sale(s) recorded after checking with the terminal.</source>
            <translation>
                <numerusform>%n transaksi kartu dicatat setelah diperiksa di EDC.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckoutScreen</name>
        <message>
            <source>QRIS: waiting for the cloud's QRIS service. Choose cash, card or on account.</source>
            <translation>QRIS: menunggu layanan QRIS dari server pusat. Pilih tunai, kartu, atau piutang.</translation>
        </message>
        <message>
            <source>No card terminal on this till: choose another method.</source>
            <translation>Kasir ini tidak punya EDC: pilih cara bayar lain.</translation>
        </message>
        <message>
            <source>The terminal is still busy with a card sale: wait for it to finish.</source>
            <translation>EDC masih memproses transaksi kartu: tunggu sampai selesai.</translation>
        </message>
        <message>
            <source>Checking with the terminal…</source>
            <translation>Memeriksa status di EDC…</translation>
        </message>
    </context>
    <context>
        <name>CountPage</name>
        <message>
            <source>The variance is over %1: a supervisor confirms the close.</source>
            <translation>Selisih lebih dari %1: penutupan perlu konfirmasi kepala bengkel.</translation>
        </message>
        <message>
            <source>Close the shift: count the drawer</source>
            <translation>Tutup shift: hitung uang di laci</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Dihitung</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Seharusnya</translation>
        </message>
        <message>
            <source>Variance</source>
            <translation>Selisih</translation>
        </message>
        <message>
            <source>Close shift</source>
            <translation>Tutup shift</translation>
        </message>
        <message>
            <source>Settle the card terminal</source>
            <translation>Settlement EDC</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <source>Paid · %1</source>
            <translation>Lunas · %1</translation>
        </message>
        <message>
            <source>Printing the receipt…</source>
            <translation>Mencetak struk…</translation>
        </message>
        <message>
            <source>Receipt printed.</source>
            <translation>Struk tercetak.</translation>
        </message>
        <message>
            <source>The receipt did not print (%1). It is kept: reprint when the printer is ready.</source>
            <translation>Struk tidak tercetak (%1). Struk disimpan: cetak ulang saat printer siap.</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Kembalian</translation>
        </message>
        <message>
            <source>Reprint</source>
            <translation>Cetak ulang</translation>
        </message>
        <message>
            <source>Open drawer</source>
            <translation>Buka laci</translation>
        </message>
        <message>
            <source>Next customer</source>
            <translation>Pelanggan berikutnya</translation>
        </message>
    </context>
    <context>
        <name>InvoicePage</name>
        <message>
            <source>not issued yet</source>
            <translation>belum diterbitkan</translation>
        </message>
        <message>
            <source>Over %1% of labour and parts: a supervisor confirms it.</source>
            <translation>Lebih dari %1% jasa dan sparepart: perlu konfirmasi kepala bengkel.</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Jml</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Harga</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Diskon</translation>
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
            <translation>Dibayar</translation>
        </message>
        <message>
            <source>Still due</source>
            <translation>Sisa tagihan</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Tunai</translation>
        </message>
        <message>
            <source>Card (EDC)</source>
            <translation>Kartu (EDC)</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>Pisah bayar</translation>
        </message>
        <message>
            <source>On account</source>
            <translation>Piutang</translation>
        </message>
        <message>
            <source>QRIS</source>
            <translation>QRIS</translation>
        </message>
        <message>
            <source>‹ Queue</source>
            <translation>‹ Antrean</translation>
        </message>
    </context>
    <context>
        <name>OpenPage</name>
        <message>
            <source>Open the shift</source>
            <translation>Buka shift</translation>
        </message>
        <message>
            <source>Count the float in the drawer (the change money) and enter it.</source>
            <translation>Hitung modal awal di laci (uang kembalian) lalu masukkan jumlahnya.</translation>
        </message>
        <message>
            <source>Open shift</source>
            <translation>Buka shift</translation>
        </message>
        <message>
            <source>Last Z-report</source>
            <translation>Laporan Z terakhir</translation>
        </message>
    </context>
    <context>
        <name>QueuePage</name>
        <message numerus="yes">
            <source>%n waiting</source>
            <translation>
                <numerusform>%n menunggu</numerusform>
            </translation>
        </message>
        <message>
            <source>No shift is open on this till: open it with the float first.</source>
            <translation>Belum ada shift yang dibuka di kasir ini: buka shift dengan modal awal dulu.</translation>
        </message>
        <message>
            <source>Find by plate or WO number</source>
            <translation>Cari nopol atau nomor WO</translation>
        </message>
        <message>
            <source>Nothing waiting for payment.</source>
            <translation>Tidak ada yang menunggu pembayaran.</translation>
        </message>
        <message>
            <source>Open shift</source>
            <translation>Buka shift</translation>
        </message>
    </context>
    <context>
        <name>QueueRow</name>
        <message>
            <source>Unpaid invoice</source>
            <translation>Faktur belum lunas</translation>
        </message>
        <message>
            <source>To invoice</source>
            <translation>Siap difakturkan</translation>
        </message>
    </context>
    <context>
        <name>ReceiptsScreen</name>
        <message>
            <source>Copy printed.</source>
            <translation>Salinan tercetak.</translation>
        </message>
        <message>
            <source>The copy did not print (%1); it is kept for a reprint.</source>
            <translation>Salinan tidak tercetak (%1); disimpan untuk cetak ulang.</translation>
        </message>
        <message>
            <source>No receipt printer on this till.</source>
            <translation>Kasir ini tidak punya printer struk.</translation>
        </message>
        <message>
            <source>Invoice voided.</source>
            <translation>Faktur dibatalkan.</translation>
        </message>
        <message>
            <source>Refund recorded: hand the cash back.</source>
            <translation>Refund dicatat: serahkan uangnya.</translation>
        </message>
        <message>
            <source>Find by plate, invoice or WO number</source>
            <translation>Cari nopol, nomor faktur, atau nomor WO</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Faktur</translation>
        </message>
        <message>
            <source>Plate</source>
            <translation>Nopol</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Dibayar</translation>
        </message>
        <message>
            <source>Reason (for a void or a refund)</source>
            <translation>Alasan (untuk pembatalan atau refund)</translation>
        </message>
        <message>
            <source>Refund amount</source>
            <translation>Jumlah refund</translation>
        </message>
        <message>
            <source>Reprint</source>
            <translation>Cetak ulang</translation>
        </message>
        <message>
            <source>Void invoice</source>
            <translation>Batalkan faktur</translation>
        </message>
        <message>
            <source>Refund cash</source>
            <translation>Refund tunai</translation>
        </message>
        <message>
            <source>Refund…</source>
            <translation>Refund…</translation>
        </message>
        <message>
            <source>Refund credited to the customer's account.</source>
            <translation>Refund dikreditkan ke akun piutang pelanggan.</translation>
        </message>
    </context>
    <context>
        <name>ReceivablesScreen</name>
        <message numerus="yes">
            <source>%n day(s) late</source>
            <translation>
                <numerusform>terlambat %n hari</numerusform>
            </translation>
        </message>
        <message>
            <source>not due</source>
            <translation>belum jatuh tempo</translation>
        </message>
        <message>
            <source>Waiting for the card and PIN on the terminal…</source>
            <translation>Menunggu kartu dan PIN di EDC…</translation>
        </message>
        <message>
            <source>Checking with the terminal…</source>
            <translation>Memeriksa status di EDC…</translation>
        </message>
        <message>
            <source>Received %1 (%2).</source>
            <translation>Diterima %1 (%2).</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Belum jatuh tempo</translation>
        </message>
        <message>
            <source>1–30 days</source>
            <translation>1–30 hari</translation>
        </message>
        <message>
            <source>31–60 days</source>
            <translation>31–60 hari</translation>
        </message>
        <message>
            <source>61–90 days</source>
            <translation>61–90 hari</translation>
        </message>
        <message>
            <source>&gt; 90 days</source>
            <translation>&gt; 90 hari</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Pelanggan</translation>
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
            <translation>Faktur</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Jatuh tempo</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Keterlambatan</translation>
        </message>
        <message>
            <source>Owed</source>
            <translation>Terutang</translation>
        </message>
        <message>
            <source>Amount received</source>
            <translation>Jumlah diterima</translation>
        </message>
        <message>
            <source>Receive cash</source>
            <translation>Terima tunai</translation>
        </message>
        <message>
            <source>Card (EDC)</source>
            <translation>Kartu (EDC)</translation>
        </message>
        <message>
            <source>Bank transfer</source>
            <translation>Transfer bank</translation>
        </message>
    </context>
    <context>
        <name>ShiftScreen</name>
        <message>
            <source>Open since %1 (business day %2) · float %3 · %4 payments</source>
            <translation>Buka sejak %1 (hari kerja %2) · modal %3 · %4 pembayaran</translation>
        </message>
        <message>
            <source>The card terminal closed its batch (settlement).</source>
            <translation>EDC sudah settlement (batch ditutup).</translation>
        </message>
        <message>
            <source>The card terminal refused the settlement: try again.</source>
            <translation>EDC menolak settlement: coba lagi.</translation>
        </message>
    </context>
    <context>
        <name>SplitPage</name>
        <message>
            <source>Still to split: %1</source>
            <translation>Belum dibagi: %1</translation>
        </message>
        <message>
            <source>%1 too much</source>
            <translation>Lebih %1</translation>
        </message>
        <message>
            <source>Adds up</source>
            <translation>Pas</translation>
        </message>
        <message>
            <source>Split payment</source>
            <translation>Pisah bayar</translation>
        </message>
        <message>
            <source>To pay</source>
            <translation>Harus dibayar</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Tunai</translation>
        </message>
        <message>
            <source>Card (EDC)</source>
            <translation>Kartu (EDC)</translation>
        </message>
        <message>
            <source>On account</source>
            <translation>Piutang</translation>
        </message>
        <message>
            <source>Rest</source>
            <translation>Sisanya</translation>
        </message>
        <message>
            <source>Take payment</source>
            <translation>Terima pembayaran</translation>
        </message>
        <message>
            <source>‹ Back</source>
            <translation>‹ Kembali</translation>
        </message>
    </context>
    <context>
        <name>ZPage</name>
        <message>
            <source>Shift closed · %1</source>
            <translation>Shift ditutup · %1</translation>
        </message>
        <message>
            <source>Z-report printed and kept.</source>
            <translation>Laporan Z tercetak dan disimpan.</translation>
        </message>
        <message>
            <source>The Z-report did not print (%1); it is kept: print it again.</source>
            <translation>Laporan Z tidak tercetak (%1); laporan disimpan: cetak lagi.</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Penjualan</translation>
        </message>
        <message>
            <source>Expected cash</source>
            <translation>Kas seharusnya</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Dihitung</translation>
        </message>
        <message>
            <source>Variance</source>
            <translation>Selisih</translation>
        </message>
        <message>
            <source>Print again</source>
            <translation>Cetak lagi</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Selesai</translation>
        </message>
    </context>
    <context>
        <name />
        <message>
            <source>no SLA</source>
            <translation>tanpa SLA</translation>
        </message>
        <message>
            <source>SLA overdue %1</source>
            <translation>SLA lewat %1</translation>
        </message>
        <message>
            <source>SLA %1 left</source>
            <translation>SLA sisa %1</translation>
        </message>
        <message>
            <source>Waiting for parts</source>
            <translation>Tunggu Part</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Istirahat</translation>
        </message>
        <message>
            <source>Other job</source>
            <translation>Pekerjaan lain</translation>
        </message>
        <message>
            <source>No, go back</source>
            <translation>Tidak, kembali</translation>
        </message>
        <message>
            <source>What did you find?</source>
            <translation>Apa yang Anda temukan?</translation>
        </message>
        <message>
            <source>More detail (optional; needed for Other)</source>
            <translation>Detail (opsional; wajib untuk Lainnya)</translation>
        </message>
        <message>
            <source>Recommend an extra job (optional):</source>
            <translation>Sarankan pekerjaan tambahan (opsional):</translation>
        </message>
        <message>
            <source>Save finding</source>
            <translation>Simpan temuan</translation>
        </message>
        <message>
            <source>extra job recommended</source>
            <translation>pekerjaan tambahan disarankan</translation>
        </message>
        <message>
            <source>No findings yet on this work order.</source>
            <translation>Belum ada temuan di WO ini.</translation>
        </message>
        <message>
            <source>Tap what you found first.</source>
            <translation>Ketuk dulu apa yang ditemukan.</translation>
        </message>
        <message>
            <source>Finding saved</source>
            <translation>Temuan disimpan</translation>
        </message>
        <message>
            <source>the advisor sees the extra job</source>
            <translation>SA melihat pekerjaan tambahan</translation>
        </message>
        <message>
            <source>Finish this job? Your clock stops for good.</source>
            <translation>Selesaikan pekerjaan ini? Jam Anda berhenti.</translation>
        </message>
        <message>
            <source>Yes, finish</source>
            <translation>Ya, selesai</translation>
        </message>
        <message>
            <source>Send the work order to QC? Every job is finished.</source>
            <translation>Kirim WO ke QC? Semua pekerjaan selesai.</translation>
        </message>
        <message>
            <source>Yes, send to QC</source>
            <translation>Ya, kirim ke QC</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Jeda</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>My jobs</source>
            <translation>Tugas saya</translation>
        </message>
        <message>
            <source>Send to QC</source>
            <translation>Kirim ke QC</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>This job is no longer yours or no longer open.</source>
            <translation>Pekerjaan ini bukan milik Anda lagi atau sudah ditutup.</translation>
        </message>
        <message>
            <source>with %1</source>
            <translation>bersama %1</translation>
        </message>
        <message>
            <source>Complaints: %1</source>
            <translation>Keluhan: %1</translation>
        </message>
        <message>
            <source>Advisor: %1</source>
            <translation>SA: %1</translation>
        </message>
        <message>
            <source>QC returned it: %1</source>
            <translation>Dikembalikan QC: %1</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Belum mulai</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Berjalan</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Dijeda</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Mulai</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Lanjutkan</translation>
        </message>
        <message>
            <source>Clock paused: %1</source>
            <translation>Jam dijeda: %1</translation>
        </message>
        <message>
            <source>%1 is waiting for QC</source>
            <translation>%1 menunggu QC</translation>
        </message>
        <message>
            <source>Your clock on %1 (%2) was paused: one clock at a time.</source>
            <translation>Jam Anda di %1 (%2) dijeda: satu jam sekaligus.</translation>
        </message>
        <message>
            <source>Clock running</source>
            <translation>Jam berjalan</translation>
        </message>
        <message>
            <source>You finished; %1 other mechanic(s) still on this job.</source>
            <translation>Anda selesai; %1 mekanik lain masih mengerjakan.</translation>
        </message>
        <message>
            <source>Job finished</source>
            <translation>Pekerjaan selesai</translation>
        </message>
        <message>
            <source>No jobs assigned to you. Ask the service advisor.</source>
            <translation>Belum ada tugas untuk Anda. Tanya SA.</translation>
        </message>
        <message>
            <source>%1 jobs for you, %2 running</source>
            <translation>%1 tugas untuk Anda, %2 berjalan</translation>
        </message>
        <message>
            <source>Choose a part first (search or scan).</source>
            <translation>Pilih part dulu (cari atau pindai).</translation>
        </message>
        <message>
            <source>Type a quantity from 1 on the keypad.</source>
            <translation>Ketik jumlah mulai 1 di keypad.</translation>
        </message>
        <message>
            <source>Scanned: %1</source>
            <translation>Dipindai: %1</translation>
        </message>
        <message>
            <source>Add at least one part to the request.</source>
            <translation>Tambahkan minimal satu part.</translation>
        </message>
        <message>
            <source>%1 sent to the warehouse</source>
            <translation>%1 dikirim ke gudang</translation>
        </message>
        <message>
            <source>requested</source>
            <translation>diminta</translation>
        </message>
        <message>
            <source>partly dispensed</source>
            <translation>sebagian keluar</translation>
        </message>
        <message>
            <source>dispensed</source>
            <translation>sudah keluar</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>dibatalkan</translation>
        </message>
        <message>
            <source>Part name, or scan the barcode</source>
            <translation>Nama part, atau pindai barcode</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>In this request (tap a line to take it out):</source>
            <translation>Dalam permintaan (ketuk baris untuk menghapus):</translation>
        </message>
        <message>
            <source>Send to the warehouse</source>
            <translation>Kirim ke gudang</translation>
        </message>
        <message>
            <source>No open work order of yours: nothing to request for.</source>
            <translation>Tidak ada WO terbuka milik Anda.</translation>
        </message>
        <message>
            <source>stock %1</source>
            <translation>stok %1</translation>
        </message>
        <message>
            <source>Choose a part, then the quantity, then OK.</source>
            <translation>Pilih part, lalu jumlah, lalu OK.</translation>
        </message>
        <message>
            <source>No pick-slips yet for this work order.</source>
            <translation>Belum ada slip ambil untuk WO ini.</translation>
        </message>
        <message>
            <source>All QC</source>
            <translation>Semua QC</translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>Lulus</translation>
        </message>
        <message>
            <source>You worked on this work order: another mechanic or the supervisor checks it.</source>
            <translation>Anda mengerjakan WO ini: mekanik lain atau kepala bengkel yang memeriksa.</translation>
        </message>
        <message>
            <source>%1 work orders waiting for QC</source>
            <translation>%1 WO menunggu QC</translation>
        </message>
        <message>
            <source>Return: confirm</source>
            <translation>Konfirmasi</translation>
        </message>
        <message>
            <source>Return to work</source>
            <translation>Kembalikan</translation>
        </message>
        <message>
            <source>Pass QC for %1? The work order is completed.</source>
            <translation>Luluskan QC %1? WO selesai.</translation>
        </message>
        <message>
            <source>Yes, pass</source>
            <translation>Ya, lulus</translation>
        </message>
        <message>
            <source>Tap the job and the reason first.</source>
            <translation>Ketuk pekerjaan dan alasannya dulu.</translation>
        </message>
        <message>
            <source>Return %1 to work: %2?</source>
            <translation>Kembalikan %1 ke bengkel: %2?</translation>
        </message>
        <message>
            <source>Yes, return</source>
            <translation>Ya, kembalikan</translation>
        </message>
        <message>
            <source>QC passed: %1 is completed</source>
            <translation>QC lulus: %1 selesai</translation>
        </message>
        <message>
            <source>%1 went back to work</source>
            <translation>%1 kembali dikerjakan</translation>
        </message>
    </context>
    <context>
        <name>Bay</name>
        <message>
            <source>Noise still there</source>
            <translation>Masih bunyi</translation>
        </message>
        <message>
            <source>Leak</source>
            <translation>Bocor</translation>
        </message>
        <message>
            <source>Work not finished</source>
            <translation>Belum tuntas</translation>
        </message>
        <message>
            <source>Test drive failed</source>
            <translation>Tes jalan gagal</translation>
        </message>
        <message>
            <source>Not clean</source>
            <translation>Kurang bersih</translation>
        </message>
    </context>
    <context>
        <name>Findings</name>
        <message>
            <source>Brake pads worn</source>
            <translation>Kampas rem tipis</translation>
        </message>
        <message>
            <source>Tyres worn</source>
            <translation>Ban aus</translation>
        </message>
        <message>
            <source>Oil leak</source>
            <translation>Oli bocor</translation>
        </message>
        <message>
            <source>Coolant low or leaking</source>
            <translation>Coolant kurang/bocor</translation>
        </message>
        <message>
            <source>Battery weak</source>
            <translation>Aki lemah</translation>
        </message>
        <message>
            <source>Drive belt cracked</source>
            <translation>Van belt retak</translation>
        </message>
        <message>
            <source>Wiper blades worn</source>
            <translation>Karet wiper aus</translation>
        </message>
        <message>
            <source>Air conditioning weak</source>
            <translation>AC kurang dingin</translation>
        </message>
        <message>
            <source>Suspension noise or play</source>
            <translation>Kaki-kaki bunyi/oblak</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Lainnya</translation>
        </message>
    </context>
    <context>
        <name>FindingsScreen</name>
        <message>
            <source>Findings</source>
            <translation>Temuan</translation>
        </message>
    </context>
    <context>
        <name>MyJobsScreen</name>
        <message>
            <source>My jobs</source>
            <translation>Tugas saya</translation>
        </message>
    </context>
    <context>
        <name>OpnameModel</name>
        <message>
            <source>Count started: scan every part on the shelves.</source>
            <translation>Perhitungan dimulai: pindai setiap barang di rak.</translation>
        </message>
        <message>
            <source>Start a count first.</source>
            <translation>Mulai perhitungan dulu.</translation>
        </message>
        <message>
            <source>Unknown code %1: listed for checking.</source>
            <translation>Kode %1 tidak dikenal: dicatat untuk diperiksa.</translation>
        </message>
        <message>
            <source>%1: %2 counted.</source>
            <translation>%1: %2 terhitung.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>tidak ada</translation>
        </message>
        <message>
            <source>Count posted. Adjustments: %1</source>
            <translation>Stok opname diposting. Penyesuaian: %1</translation>
        </message>
        <message>
            <source>Count cancelled: nothing was posted.</source>
            <translation>Perhitungan dibatalkan: tidak ada yang diposting.</translation>
        </message>
    </context>
    <context>
        <name>OpnameScreen</name>
        <message>
            <source>Count %1 — %2</source>
            <translation>Hitung %1 — %2</translation>
        </message>
        <message>
            <source>whole warehouse</source>
            <translation>seluruh gudang</translation>
        </message>
        <message>
            <source>Counting: %1</source>
            <translation>Menghitung: %1</translation>
        </message>
        <message>
            <source>Unknown codes: %1</source>
            <translation>Kode tidak dikenal: %1</translation>
        </message>
        <message>
            <source>Post %1 stock differences: a supervisor confirms with their PIN.</source>
            <translation>Posting %1 selisih stok: kepala bengkel mengonfirmasi dengan PIN.</translation>
        </message>
        <message>
            <source>Stock count</source>
            <translation>Stok opname</translation>
        </message>
        <message>
            <source>Start a stock count</source>
            <translation>Mulai stok opname</translation>
        </message>
        <message>
            <source>Only one bin (optional):</source>
            <translation>Hanya satu rak (opsional):</translation>
        </message>
        <message>
            <source>Cancel count</source>
            <translation>Batalkan</translation>
        </message>
        <message>
            <source>Post differences…</source>
            <translation>Posting selisih…</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Suku cadang</translation>
        </message>
        <message>
            <source>At start</source>
            <translation>Awal</translation>
        </message>
        <message>
            <source>Moved during</source>
            <translation>Mutasi selama hitung</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Seharusnya</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Terhitung</translation>
        </message>
        <message>
            <source>Variance</source>
            <translation>Selisih</translation>
        </message>
    </context>
    <context>
        <name>PartsRequestScreen</name>
        <message>
            <source>Parts request</source>
            <translation>Minta part</translation>
        </message>
    </context>
    <context>
        <name>PartsScreen</name>
        <message>
            <source>aftermarket</source>
            <translation>aftermarket</translation>
        </message>
        <message>
            <source>receive</source>
            <translation>terima</translation>
        </message>
        <message>
            <source>dispense</source>
            <translation>keluar</translation>
        </message>
        <message>
            <source>return</source>
            <translation>retur</translation>
        </message>
        <message>
            <source>adjust</source>
            <translation>penyesuaian</translation>
        </message>
        <message>
            <source>transfer out</source>
            <translation>transfer keluar</translation>
        </message>
        <message>
            <source>transfer in</source>
            <translation>transfer masuk</translation>
        </message>
        <message>
            <source>pick-slip</source>
            <translation>pick-slip</translation>
        </message>
        <message>
            <source>PO</source>
            <translation>PO</translation>
        </message>
        <message>
            <source>Label %1</source>
            <translation>Label %1</translation>
        </message>
        <message>
            <source>Label for %1 sent to the printer.</source>
            <translation>Label %1 dikirim ke printer.</translation>
        </message>
        <message>
            <source>Parts</source>
            <translation>Suku cadang</translation>
        </message>
        <message>
            <source>Search: SKU, barcode, name or brand…</source>
            <translation>Cari: SKU, barcode, nama atau merek…</translation>
        </message>
        <message>
            <source>Print label</source>
            <translation>Cetak label</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Barcodes</source>
            <translation>Barcode</translation>
        </message>
        <message>
            <source>Brand</source>
            <translation>Merek</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Harga</translation>
        </message>
        <message>
            <source>On hand</source>
            <translation>Stok</translation>
        </message>
        <message>
            <source>Bin</source>
            <translation>Rak</translation>
        </message>
        <message>
            <source>Type or scan to find a part.</source>
            <translation>Ketik atau pindai untuk mencari suku cadang.</translation>
        </message>
        <message>
            <source>Lots</source>
            <translation>Lot</translation>
        </message>
        <message>
            <source>Movements</source>
            <translation>Mutasi</translation>
        </message>
        <message>
            <source>Open slips and POs</source>
            <translation>Pick-slip &amp; PO terbuka</translation>
        </message>
        <message>
            <source>Substitutes</source>
            <translation>Pengganti</translation>
        </message>
        <message>
            <source>Warehouse</source>
            <translation>Gudang</translation>
        </message>
        <message>
            <source>Lot</source>
            <translation>Lot</translation>
        </message>
        <message>
            <source>Expiry</source>
            <translation>Kedaluwarsa</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Jml</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Document / by</source>
            <translation>Dokumen / oleh</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokumen</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nomor</translation>
        </message>
        <message>
            <source>Outstanding</source>
            <translation>Sisa</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Suku cadang</translation>
        </message>
    </context>
    <context>
        <name>QCScreen</name>
        <message>
            <source>QC</source>
            <translation>QC</translation>
        </message>
    </context>
    <context>
        <name>ReceivingModel</name>
        <message>
            <source>Open a purchase order first, then scan what arrived.</source>
            <translation>Buka PO dulu, lalu pindai barang yang datang.</translation>
        </message>
        <message>
            <source>%1 received (lot %2); %3 still to come.</source>
            <translation>%1 diterima (lot %2); %3 belum datang.</translation>
        </message>
        <message>
            <source>The whole order is in.</source>
            <translation>Seluruh pesanan sudah diterima.</translation>
        </message>
    </context>
    <context>
        <name>ReceivingScreen</name>
        <message>
            <source>%1 lines, %2 still to come</source>
            <translation>%1 baris, %2 belum datang</translation>
        </message>
        <message>
            <source>No purchase order is waiting for goods.</source>
            <translation>Tidak ada PO yang menunggu barang.</translation>
        </message>
        <message>
            <source>open</source>
            <translation>terbuka</translation>
        </message>
        <message>
            <source>partly received</source>
            <translation>diterima sebagian</translation>
        </message>
        <message>
            <source>received</source>
            <translation>diterima</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>dibatalkan</translation>
        </message>
        <message>
            <source>expiry</source>
            <translation>kedaluwarsa</translation>
        </message>
        <message>
            <source>Receiving</source>
            <translation>Penerimaan</translation>
        </message>
        <message>
            <source>Purchase orders waiting for goods</source>
            <translation>PO menunggu barang</translation>
        </message>
        <message>
            <source>◀ Orders</source>
            <translation>◀ PO</translation>
        </message>
        <message>
            <source>Lot:</source>
            <translation>Lot:</translation>
        </message>
        <message>
            <source>Expiry (YYYY-MM-DD):</source>
            <translation>Kedaluwarsa (TTTT-BB-HH):</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Suku cadang</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Dipesan</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Diterima</translation>
        </message>
        <message>
            <source>To come</source>
            <translation>Belum datang</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Harga beli</translation>
        </message>
    </context>
    <context>
        <name>ReorderModel</name>
        <message>
            <source>Nothing to order: every suggestion is on order already or has no supplier.</source>
            <translation>Tidak ada yang perlu dipesan: semua saran sudah dipesan atau belum punya pemasok.</translation>
        </message>
        <message>
            <source>Purchase orders made: %1</source>
            <translation>PO dibuat: %1</translation>
        </message>
    </context>
    <context>
        <name>ReorderScreen</name>
        <message>
            <source>(no supplier)</source>
            <translation>(tanpa pemasok)</translation>
        </message>
        <message>
            <source>%1 parts at or under their level, %2 to order</source>
            <translation>%1 barang di bawah/di titik pesan ulang, %2 perlu dipesan</translation>
        </message>
        <message>
            <source>%1: %2 on hand, level %3, suggested %4.</source>
            <translation>%1: stok %2, titik pesan %3, saran %4.</translation>
        </message>
        <message>
            <source>%1 is above its reorder level.</source>
            <translation>%1 di atas titik pesan ulangnya.</translation>
        </message>
        <message>
            <source>Reorder</source>
            <translation>Pesan ulang</translation>
        </message>
        <message>
            <source>Reorder list</source>
            <translation>Daftar pesan ulang</translation>
        </message>
        <message>
            <source>Make purchase orders</source>
            <translation>Buat PO</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Suku cadang</translation>
        </message>
        <message>
            <source>Warehouse</source>
            <translation>Gudang</translation>
        </message>
        <message>
            <source>Bin</source>
            <translation>Rak</translation>
        </message>
        <message>
            <source>On hand</source>
            <translation>Stok</translation>
        </message>
        <message>
            <source>On order</source>
            <translation>Dipesan</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Titik</translation>
        </message>
        <message>
            <source>Suggested</source>
            <translation>Saran</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Pemasok</translation>
        </message>
    </context>
    <context>
        <name>SlipsModel</name>
        <message>
            <source>Returns: scan the parts coming back.</source>
            <translation>Retur: pindai barang yang dikembalikan.</translation>
        </message>
        <message>
            <source>Scan the parts of this slip.</source>
            <translation>Pindai barang untuk slip ini.</translation>
        </message>
        <message>
            <source>No open pick-slip waits for %1.</source>
            <translation>Tidak ada pick-slip terbuka yang menunggu %1.</translation>
        </message>
        <message>
            <source>%1 × %2 handed out (lot %3); %4 still to go on this line.</source>
            <translation>%1 × %2 dikeluarkan (lot %3); sisa %4 di baris ini.</translation>
        </message>
        <message>
            <source>Substitute: </source>
            <translation>Pengganti: </translation>
        </message>
        <message>
            <source>Slip complete.</source>
            <translation>Slip selesai.</translation>
        </message>
        <message>
            <source>%1 back on the shelf; %2 stays on the work order.</source>
            <translation>%1 kembali ke rak; %2 tetap di WO.</translation>
        </message>
        <message>
            <source>%1 is out of stock and has no substitute.</source>
            <translation>%1 habis dan tidak punya pengganti.</translation>
        </message>
        <message>
            <source>%1 waits for the advisor's approval.</source>
            <translation>%1 menunggu persetujuan SA.</translation>
        </message>
    </context>
    <context>
        <name>SlipsScreen</name>
        <message>
            <source>Requested</source>
            <translation>Diminta</translation>
        </message>
        <message>
            <source>Partly dispensed</source>
            <translation>Keluar sebagian</translation>
        </message>
        <message>
            <source>Dispensed</source>
            <translation>Sudah keluar</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Dibatalkan</translation>
        </message>
        <message>
            <source>%1 lines, %2 to hand out</source>
            <translation>%1 baris, %2 belum keluar</translation>
        </message>
        <message>
            <source>waiting for approval</source>
            <translation>menunggu persetujuan</translation>
        </message>
        <message>
            <source>waits for the advisor: %1</source>
            <translation>menunggu SA: %1</translation>
        </message>
        <message>
            <source>substitute refused</source>
            <translation>pengganti ditolak</translation>
        </message>
        <message>
            <source>substitute</source>
            <translation>pengganti</translation>
        </message>
        <message>
            <source>EXACT — hand out now</source>
            <translation>SAMA PERSIS — keluarkan sekarang</translation>
        </message>
        <message>
            <source>MODIFIED — ask the advisor</source>
            <translation>DENGAN PENYESUAIAN — tanya SA</translation>
        </message>
        <message>
            <source>%1 on hand</source>
            <translation>stok %1</translation>
        </message>
        <message>
            <source>Pick-slips</source>
            <translation>Pick-slip</translation>
        </message>
        <message>
            <source>Pick-slips waiting</source>
            <translation>Pick-slip menunggu</translation>
        </message>
        <message>
            <source>Scan a part to open the oldest slip that needs it, or tap a slip.</source>
            <translation>Pindai barang untuk membuka slip tertua yang membutuhkannya, atau ketuk slip.</translation>
        </message>
        <message>
            <source>No pick-slip is waiting.</source>
            <translation>Tidak ada pick-slip yang menunggu.</translation>
        </message>
        <message>
            <source>◀ Queue</source>
            <translation>◀ Antrian</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>Retur</translation>
        </message>
        <message>
            <source>Scan each part as it leaves the shelf. Lots go out first-expiry-first-out.</source>
            <translation>Pindai setiap barang saat diambil dari rak. Lot yang kedaluwarsa lebih dulu keluar lebih dulu (FEFO).</translation>
        </message>
        <message>
            <source>Out of stock — substitutes:</source>
            <translation>Stok habis — pengganti:</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Suku cadang</translation>
        </message>
        <message>
            <source>Asked</source>
            <translation>Diminta</translation>
        </message>
        <message>
            <source>Given</source>
            <translation>Keluar</translation>
        </message>
        <message>
            <source>To go</source>
            <translation>Sisa</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>Quantity for the next scan</source>
            <translation>Jumlah untuk scan berikutnya</translation>
        </message>
    </context>
    <context>
        <name>Warehouse</name>
        <message>
            <source>Unknown code %1: nothing was changed.</source>
            <translation>Kode %1 tidak dikenal: tidak ada yang berubah.</translation>
        </message>
        <message>
            <source>%1 is not on this document: nothing was changed.</source>
            <translation>%1 tidak ada di dokumen ini: tidak ada yang berubah.</translation>
        </message>
        <message>
            <source>%1: everything asked is handed out already.</source>
            <translation>%1: semua yang diminta sudah dikeluarkan.</translation>
        </message>
        <message>
            <source>%1 is out of stock here: choose a substitute below.</source>
            <translation>%1 habis di sini: pilih pengganti di bawah.</translation>
        </message>
        <message>
            <source>%1: more than ordered on this PO.</source>
            <translation>%1: melebihi jumlah pesanan di PO ini.</translation>
        </message>
        <message>
            <source>%1: more back than was handed out.</source>
            <translation>%1: retur melebihi yang dikeluarkan.</translation>
        </message>
        <message>
            <source>%1 has an expiry date: type the lot's expiry, then scan again.</source>
            <translation>%1 punya tanggal kedaluwarsa: ketik kedaluwarsa lot, lalu pindai lagi.</translation>
        </message>
        <message>
            <source>A count of this warehouse is open already.</source>
            <translation>Stok opname gudang ini masih terbuka.</translation>
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
        <message>
            <source>This station is for:</source>
            <translation>Stasiun ini untuk:</translation>
        </message>
        <message>
            <source>Service advisor</source>
            <translation>Service advisor</translation>
        </message>
        <message>
            <source>Mechanic bay</source>
            <translation>Bay mekanik</translation>
        </message>
        <message>
            <source>Warehouse</source>
            <translation>Gudang</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation>Kasir</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Kantor</translation>
        </message>
        <message>
            <source>Connected. This branch has no user yet: create its first admin.</source>
            <translation>Tersambung. Cabang ini belum punya pengguna: buat admin pertamanya.</translation>
        </message>
        <message>
            <source>The branch's first admin signs in on this station and adds the other users.</source>
            <translation>Admin pertama cabang masuk di stasiun ini dan menambahkan pengguna lain.</translation>
        </message>
        <message>
            <source>Admin's name</source>
            <translation>Nama admin</translation>
        </message>
        <message>
            <source>PIN (6 digits)</source>
            <translation>PIN (6 angka)</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>Ulangi PIN</translation>
        </message>
        <message>
            <source>Create the first admin</source>
            <translation>Buat admin pertama</translation>
        </message>
        <message>
            <source>The two PINs differ. Type the PIN again.</source>
            <translation>Kedua PIN berbeda. Ketik ulang PIN-nya.</translation>
        </message>
        <message>
            <source>An admin's PIN is 6 digits.</source>
            <translation>PIN admin harus 6 angka.</translation>
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
    <context>
        <name>QrisPage</name>
        <message>
            <source>QR</source>
            <translation>QR</translation>
        </message>
        <message>
            <source>Valid for %1</source>
            <translation>Berlaku %1</translation>
        </message>
        <message>
            <source>Asking the cloud for a QRIS code…</source>
            <translation>Meminta kode QRIS ke server pusat…</translation>
        </message>
        <message>
            <source>Let the customer scan the QR with any QRIS app. Waiting for the payment…</source>
            <translation>Minta pelanggan memindai QR dengan aplikasi QRIS apa saja. Menunggu pembayaran…</translation>
        </message>
        <message>
            <source>Paid: the payment is on its way to this till…</source>
            <translation>Lunas: pembayaran sedang dikirim ke kasir ini…</translation>
        </message>
        <message>
            <source>Paid by QRIS</source>
            <translation>Lunas dengan QRIS</translation>
        </message>
        <message>
            <source>The QR expired and nothing was paid: make a new QR or choose another method.</source>
            <translation>QR kedaluwarsa dan belum ada yang dibayar: buat QR baru atau pilih cara bayar lain.</translation>
        </message>
        <message>
            <source>The QRIS payment failed and nothing was paid: make a new QR or choose another method.</source>
            <translation>Pembayaran QRIS gagal dan belum ada yang dibayar: buat QR baru atau pilih cara bayar lain.</translation>
        </message>
        <message>
            <source>The cloud cannot be reached, so there is no QR: choose another method, or try again.</source>
            <translation>Server pusat (cloud) tidak terjangkau, jadi tidak ada QR: pilih cara bayar lain, atau coba lagi.</translation>
        </message>
        <message>
            <source>QRIS needs this till to be connected to the cloud: choose another method.</source>
            <translation>QRIS membutuhkan kasir ini terhubung ke server pusat (cloud): pilih cara bayar lain.</translation>
        </message>
        <message>
            <source>The cloud refused the QRIS charge (%1): choose another method.</source>
            <translation>Server pusat menolak tagihan QRIS (%1): pilih cara bayar lain.</translation>
        </message>
        <message>
            <source>The cloud does not answer right now; still waiting for the payment. The QR stays valid.</source>
            <translation>Server pusat belum menjawab; masih menunggu pembayaran. QR tetap berlaku.</translation>
        </message>
        <message>
            <source>QRIS</source>
            <translation>QRIS</translation>
        </message>
        <message>
            <source>Other method</source>
            <translation>Cara bayar lain</translation>
        </message>
        <message>
            <source>New QR</source>
            <translation>QR baru</translation>
        </message>
    </context>
    <context>
        <name>RefundDialog</name>
        <message>
            <source>The refund must be more than Rp 0 and at most %1.</source>
            <translation>Refund harus lebih dari Rp 0 dan paling banyak %1.</translation>
        </message>
        <message>
            <source>Say why the money is refunded.</source>
            <translation>Tulis alasan uang dikembalikan.</translation>
        </message>
        <message>
            <source>Say why the invoice is voided.</source>
            <translation>Tulis alasan faktur dibatalkan.</translation>
        </message>
        <message>
            <source>This invoice is voided: there is nothing to refund.</source>
            <translation>Faktur ini sudah dibatalkan: tidak ada yang bisa direfund.</translation>
        </message>
        <message>
            <source>%1 was paid by card today. The card terminal cannot refund, but it can still void today's card payment: the money goes back to the same card. Void the invoice on the terminal (a supervisor confirms it); the work order can then be invoiced again.</source>
            <translation>%1 dibayar dengan kartu hari ini. EDC tidak bisa refund, tetapi masih bisa membatalkan (void) pembayaran kartu hari ini: uang kembali ke kartu yang sama. Batalkan faktur di EDC (dikonfirmasi supervisor); WO bisa difakturkan lagi.</translation>
        </message>
        <message>
            <source>Nothing paid on this invoice is left to refund.</source>
            <translation>Tidak ada pembayaran faktur ini yang tersisa untuk direfund.</translation>
        </message>
        <message>
            <source>The card payment of %1 was settled on an earlier day: the terminal can no longer reverse it.</source>
            <translation>Pembayaran kartu %1 sudah di-settle pada hari sebelumnya: EDC tidak bisa membatalkannya lagi.</translation>
        </message>
        <message>
            <source>The refund is credited to the customer's account: what they owe on account (%1) goes down; no cash leaves the drawer.</source>
            <translation>Refund dikreditkan ke akun pelanggan: piutangnya (%1) berkurang; tidak ada uang keluar dari laci.</translation>
        </message>
        <message>
            <source>The refund is handed back in cash from the drawer (%1 in it now).</source>
            <translation>Refund diberikan tunai dari laci (isi laci sekarang %1).</translation>
        </message>
        <message>
            <source>A supervisor confirms it with their PIN; both names are kept in the audit log.</source>
            <translation>Supervisor mengonfirmasi dengan PIN-nya; kedua nama dicatat di log audit.</translation>
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
            <translation>Tunai dari laci</translation>
        </message>
        <message>
            <source>Credit on account</source>
            <translation>Kredit ke piutang</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Void on the terminal</source>
            <translation>Void di EDC</translation>
        </message>
        <message>
            <source>Confirm refund</source>
            <translation>Konfirmasi refund</translation>
        </message>
    </context>
    <context>
        <name>SubstitutesStrip</name>
        <message>
            <source>Reject</source>
            <translation>Tolak</translation>
        </message>
        <message>
            <source>%1 × %2 is out of stock; the warehouse offers %3 (fits with a change).</source>
            <translation>%1 × %2 kosong; gudang menawarkan %3 (cocok dengan penyesuaian).</translation>
        </message>
        <message>
            <source>Approve substitute</source>
            <translation>Setujui pengganti</translation>
        </message>
        <message>
            <source>Substitutes waiting for the customer's answer</source>
            <translation>Pengganti menunggu jawaban pelanggan</translation>
        </message>
        <message>
            <source>Price too high</source>
            <translation>Harga ditolak</translation>
        </message>
        <message>
            <source>Wants original</source>
            <translation>Mau part asli</translation>
        </message>
        <message>
            <source>Will wait</source>
            <translation>Mau menunggu</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Kembali</translation>
        </message>
    </context>
    <context>
        <name>MasterModel</name>
        <message>
            <source>Enter the HQ admin token first.</source>
            <translation>Masukkan dulu token admin HQ.</translation>
        </message>
        <message>
            <source>The cloud refused the HQ admin token.</source>
            <translation>Cloud menolak token admin HQ.</translation>
        </message>
        <message>
            <source>This station has no cloud address.</source>
            <translation>Stasiun ini belum punya alamat cloud.</translation>
        </message>
        <message>
            <source>Choose the branch.</source>
            <translation>Pilih cabangnya.</translation>
        </message>
    </context>
    <context>
        <name>AdminMasterScreen</name>
        <message>
            <source>Choose a CSV file</source>
            <translation>Pilih berkas CSV</translation>
        </message>
        <message>
            <source>Choose the CSV file first.</source>
            <translation>Pilih dulu berkas CSV-nya.</translation>
        </message>
        <message>
            <source>Checking the file…</source>
            <translation>Memeriksa berkas…</translation>
        </message>
        <message>
            <source>Publishing: %1 of %2 rows</source>
            <translation>Menerbitkan: %1 dari %2 baris</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Baris %1: %2</translation>
        </message>
        <message>
            <source>… and %1 more</source>
            <translation>… dan %1 lagi</translation>
        </message>
        <message>
            <source>%1 rows rejected: nothing was imported. Fix the file and import it again.</source>
            <translation>%1 baris ditolak: tidak ada yang diimpor. Perbaiki berkasnya lalu impor lagi.</translation>
        </message>
        <message>
            <source>%1 rows published to every station.</source>
            <translation>%1 baris diterbitkan ke semua stasiun.</translation>
        </message>
        <message>
            <source>%1 · %2 · DPP %3 · from %4</source>
            <translation>%1 · %2 · DPP %3 · mulai %4</translation>
        </message>
        <message>
            <source>%1 published; stations receive it at their next sync.</source>
            <translation>%1 diterbitkan; stasiun menerimanya saat sinkron berikutnya.</translation>
        </message>
        <message>
            <source>Master data</source>
            <translation>Data induk</translation>
        </message>
        <message>
            <source>HQ admin token</source>
            <translation>Token admin HQ</translation>
        </message>
        <message>
            <source>kept only until logout</source>
            <translation>hanya disimpan sampai keluar</translation>
        </message>
        <message>
            <source>Catalogue import</source>
            <translation>Impor katalog</translation>
        </message>
        <message>
            <source>Tax rules</source>
            <translation>Aturan pajak</translation>
        </message>
        <message>
            <source>Warehouses</source>
            <translation>Gudang</translation>
        </message>
        <message>
            <source>Parts</source>
            <translation>Suku cadang</translation>
        </message>
        <message>
            <source>Price list</source>
            <translation>Daftar harga</translation>
        </message>
        <message>
            <source>Price list: kind (part/labour),code,price,valid_from (YYYY-MM-DD)[,branch_code] (empty: every branch).</source>
            <translation>Daftar harga: kind (part/labour),code,price,valid_from (YYYY-MM-DD)[,branch_code] (kosong: semua cabang).</translation>
        </message>
        <message>
            <source>Labour</source>
            <translation>Jasa</translation>
        </message>
        <message>
            <source>Parts: sku,name,unit_price[,unit][,barcode][,has_expiry]. Labour: code,name,flat_hours,rate_per_hour. First row is the header.</source>
            <translation>Suku cadang: sku,name,unit_price[,unit][,barcode][,has_expiry]. Jasa: code,name,flat_hours,rate_per_hour. Baris pertama adalah judul kolom.</translation>
        </message>
        <message>
            <source>CSV file</source>
            <translation>Berkas CSV</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Pilih berkas…</translation>
        </message>
        <message>
            <source>Check and import</source>
            <translation>Periksa dan impor</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>PPN rate</source>
            <translation>Tarif PPN</translation>
        </message>
        <message>
            <source>DPP factor</source>
            <translation>Faktor DPP</translation>
        </message>
        <message>
            <source>In force from</source>
            <translation>Berlaku mulai</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Baru</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>Terbitkan</translation>
        </message>
        <message>
            <source>12 or 3/25</source>
            <translation>12 atau 3/25</translation>
        </message>
        <message>
            <source>11/12 or 100</source>
            <translation>11/12 atau 100</translation>
        </message>
        <message>
            <source>Enrolment code for %1: %2 (once; type it in the new station's wizard)</source>
            <translation>Kode pendaftaran untuk %1: %2 (sekali pakai; ketik di wizard stasiun baru)</translation>
        </message>
        <message>
            <source>Enrolment code made.</source>
            <translation>Kode pendaftaran dibuat.</translation>
        </message>
        <message>
            <source>Branches</source>
            <translation>Cabang</translation>
        </message>
        <message>
            <source>Station code</source>
            <translation>Kode stasiun</translation>
        </message>
        <message>
            <source>Create branch</source>
            <translation>Buat cabang</translation>
        </message>
        <message>
            <source>Make enrolment code</source>
            <translation>Buat kode pendaftaran</translation>
        </message>
    </context>
    <context>
        <name>SupportBundleAction</name>
        <message>
            <source>Send support bundle</source>
            <translation>Kirim paket dukungan</translation>
        </message>
    </context>
</TS>
