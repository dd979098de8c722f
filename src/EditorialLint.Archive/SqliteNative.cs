using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

[assembly: DisableRuntimeMarshalling]

namespace EditorialLint.Archive
{
    /// <summary>
    /// The dozen SQLite calls of a lint run's lookup (<see cref="SqliteLookup"/>), declared with blittable signatures
    /// (handles as pointers, text as UTF-8 bytes) against the same <c>e_sqlite3</c> library that Microsoft.Data.Sqlite
    /// loads. Why not SQLitePCLRaw's <c>raw</c> API: loading its assemblies and provider, and the marshalling stubs the
    /// runtime generates at run time for its SafeHandle signatures, cost a short run more CPU than the query itself;
    /// these calls need no marshalling, so ReadyToRun and NativeAOT compile them ahead of time (docs/archive.md,
    /// "Cost of a lookup"). Only reading: every write goes through <see cref="ArchiveStore"/>.
    /// </summary>
    internal static unsafe partial class SqliteNative
    {
        private const string Library = "e_sqlite3";

        public const int Ok = 0;
        public const int Busy = 5;
        public const int Locked = 6;
        public const int Row = 100;
        public const int Done = 101;
        public const int OpenReadOnly = 0x00000001;
        public const int OpenUri = 0x00000040;
        public const int Null = 5;

        // SQLITE_TRANSIENT: SQLite copies a bound text before the call returns.
        private static readonly IntPtr Transient = new IntPtr(-1);

        [LibraryImport(Library, EntryPoint = "sqlite3_open_v2")]
        private static partial int OpenV2(byte* fileName, IntPtr* db, int flags, byte* vfs);

        [LibraryImport(Library, EntryPoint = "sqlite3_close_v2")]
        private static partial int CloseV2(IntPtr db);

        [LibraryImport(Library, EntryPoint = "sqlite3_busy_timeout")]
        private static partial int SetBusyTimeout(IntPtr db, int milliseconds);

        [LibraryImport(Library, EntryPoint = "sqlite3_prepare_v2")]
        private static partial int PrepareV2(IntPtr db, byte* sql, int bytes, IntPtr* statement, byte** tail);

        [LibraryImport(Library, EntryPoint = "sqlite3_bind_text")]
        private static partial int BindText(IntPtr statement, int index, byte* text, int bytes, IntPtr destructor);

        [LibraryImport(Library, EntryPoint = "sqlite3_step")]
        public static partial int Step(IntPtr statement);

        [LibraryImport(Library, EntryPoint = "sqlite3_finalize")]
        private static partial int FinalizeStatement(IntPtr statement);

        [LibraryImport(Library, EntryPoint = "sqlite3_column_type")]
        public static partial int ColumnType(IntPtr statement, int column);

        [LibraryImport(Library, EntryPoint = "sqlite3_column_int")]
        public static partial int ColumnInt32(IntPtr statement, int column);

        [LibraryImport(Library, EntryPoint = "sqlite3_column_int64")]
        public static partial long ColumnInt64(IntPtr statement, int column);

        [LibraryImport(Library, EntryPoint = "sqlite3_column_double")]
        public static partial double ColumnDouble(IntPtr statement, int column);

        [LibraryImport(Library, EntryPoint = "sqlite3_column_text")]
        private static partial byte* ColumnTextPointer(IntPtr statement, int column);

        [LibraryImport(Library, EntryPoint = "sqlite3_column_bytes")]
        private static partial int ColumnBytes(IntPtr statement, int column);

        [LibraryImport(Library, EntryPoint = "sqlite3_errmsg")]
        private static partial byte* ErrorMessagePointer(IntPtr db);

        [LibraryImport(Library, EntryPoint = "sqlite3_errstr")]
        private static partial byte* ErrorStringPointer(int resultCode);

        /// <summary>Opens <paramref name="path"/> with <paramref name="flags"/>; the handle is set even on failure (close it).</summary>
        public static int Open(string path, int flags, out IntPtr db)
        {
            IntPtr handle = IntPtr.Zero;
            int rc;
            fixed (byte* name = NulTerminated(path)) rc = OpenV2(name, &handle, flags, null);
            db = handle;
            return rc;
        }

        /// <summary>Closes <paramref name="db"/> (zero: nothing). sqlite3_close_v2 always succeeds: it closes once the last statement is finalized.</summary>
        public static void Close(IntPtr db) => _ = CloseV2(db);

        /// <summary>How long a read waits for a lock before SQLITE_BUSY; it fails only for a closed handle.</summary>
        public static void BusyTimeout(IntPtr db, int milliseconds) => _ = SetBusyTimeout(db, milliseconds);

        /// <summary>Frees <paramref name="statement"/>. Its result repeats the last step's, which the caller has already read.</summary>
        public static void Finalize(IntPtr statement) => _ = FinalizeStatement(statement);

        /// <summary>Compiles <paramref name="sql"/>; the statement is zero unless the result is <see cref="Ok"/>.</summary>
        public static int Prepare(IntPtr db, string sql, out IntPtr statement)
        {
            IntPtr handle = IntPtr.Zero;
            var bytes = Encoding.UTF8.GetBytes(sql);
            int rc;
            fixed (byte* text = bytes) rc = PrepareV2(db, text, bytes.Length, &handle, null);
            statement = handle;
            return rc;
        }

        /// <summary>Binds <paramref name="value"/> to the 1-based parameter <paramref name="index"/> (SQLite keeps a copy).</summary>
        public static int Bind(IntPtr statement, int index, string value)
        {
            var bytes = Encoding.UTF8.GetBytes(value);
            // A zero-length array pins to null, which SQLite binds as NULL: point at a byte of our own instead.
            byte empty = 0;
            fixed (byte* text = bytes) return BindText(statement, index, bytes.Length == 0 ? &empty : text, bytes.Length, Transient);
        }

        /// <summary>A text column's value (empty for NULL).</summary>
        public static string ColumnText(IntPtr statement, int column)
        {
            // sqlite3_column_text before sqlite3_column_bytes, as SQLite's documentation asks.
            byte* text = ColumnTextPointer(statement, column);
            if (text == null) return string.Empty;
            return Encoding.UTF8.GetString(text, ColumnBytes(statement, column));
        }

        /// <summary>SQLite's message for the last failure on <paramref name="db"/>, or for <paramref name="resultCode"/> without one.</summary>
        public static string Message(IntPtr db, int resultCode)
        {
            byte* message = db == IntPtr.Zero ? ErrorStringPointer(resultCode) : ErrorMessagePointer(db);
            return message == null ? string.Empty : Marshal.PtrToStringUTF8((IntPtr)message) ?? string.Empty;
        }

        private static byte[] NulTerminated(string text)
        {
            var bytes = new byte[Encoding.UTF8.GetByteCount(text) + 1];
            Encoding.UTF8.GetBytes(text, 0, text.Length, bytes, 0);
            return bytes;
        }
    }
}
