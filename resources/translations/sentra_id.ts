<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name></name>
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
        <source>Scan ignored: this screen does not take a scan (%1)</source>
        <translation>Pindaian diabaikan: layar ini tidak menerima pindaian (%1)</translation>
    </message>
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
</context>
<context>
    <name>MyJobsScreen</name>
    <message>
        <source>My jobs</source>
        <translation>Tugas saya</translation>
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
    <name>Screens</name>
    <message>
        <source>Board</source>
        <translation>Papan WO</translation>
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
        <source>%1 waits for the advisor&apos;s approval.</source>
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
        <source>%1 has an expiry date: type the lot&apos;s expiry, then scan again.</source>
        <translation>%1 punya tanggal kedaluwarsa: ketik kedaluwarsa lot, lalu pindai lagi.</translation>
    </message>
    <message>
        <source>A count of this warehouse is open already.</source>
        <translation>Stok opname gudang ini masih terbuka.</translation>
    </message>
</context>
</TS>
