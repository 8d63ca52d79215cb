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
        <source>A discount above the branch&apos;s limit: a supervisor confirms it.</source>
        <translation>Diskon di atas batas cabang: perlu konfirmasi kepala bengkel.</translation>
    </message>
    <message>
        <source>Over the customer&apos;s credit limit: a supervisor confirms it.</source>
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
        <source>QRIS is waiting for the cloud&apos;s QRIS service: take cash, card or on account.</source>
        <translation>QRIS menunggu layanan QRIS dari server pusat: terima tunai, kartu, atau piutang.</translation>
    </message>
    <message>
        <source>This customer has no credit account (piutang): a supervisor opens one.</source>
        <translation>Pelanggan ini belum punya akun piutang: kepala bengkel yang membukanya.</translation>
    </message>
    <message>
        <source>This customer&apos;s credit account is closed.</source>
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
        <source>QRIS: waiting for the cloud&apos;s QRIS service. Choose cash, card or on account.</source>
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
    <name>HeaderBar</name>
    <message>
        <source>Log out</source>
        <translation>Keluar</translation>
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
    <name>Screens</name>
    <message>
        <source>Board</source>
        <translation>Papan WO</translation>
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
</TS>
