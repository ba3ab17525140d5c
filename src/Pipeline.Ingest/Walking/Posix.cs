using System.Runtime.InteropServices;

namespace Pipeline.Ingestion.Walking;

/// <summary>
/// The few libc calls the walk needs that .NET does not offer: directory entries as bytes (a name that is not
/// UTF-8 comes back from .NET as U+FFFD and cannot be opened or reported), and a folder's device and inode
/// (statx, whose layout is the same on every Linux architecture) to recognise a folder met again through a link.
/// </summary>
internal static partial class Posix
{
    private const int AtFdCwd = -100;
    private const uint StatxBasicStats = 0x07ffU;
    public const int ModeTypeMask = 0xF000, ModeDirectory = 0x4000, ModeRegular = 0x8000;

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr opendir(byte[] path);

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr readdir(IntPtr dir);

    [DllImport("libc")]
    private static extern int closedir(IntPtr dir);

    [DllImport("libc", SetLastError = true)]
    private static extern int statx(int dirfd, byte[] path, int flags, uint mask, byte[] buffer);

    [DllImport("libc")]
    private static extern IntPtr strerror(int errno);

    /// <summary>File type, size and identity of what a path names, links followed; null and the error when it cannot be reached.</summary>
    public static (int Mode, long Size, ulong Device, ulong Inode)? Stat(byte[] path, out string? error)
    {
        var buffer = new byte[256];
        if (statx(AtFdCwd, NulTerminated(path), 0, StatxBasicStats, buffer) != 0)
        {
            error = ErrorText(Marshal.GetLastPInvokeError());
            return null;
        }
        error = null;
        // struct statx: stx_mode u16 @28, stx_ino u64 @32, stx_size u64 @40, stx_dev_major u32 @136, stx_dev_minor u32 @140.
        var device = (ulong)BitConverter.ToUInt32(buffer, 136) << 32 | BitConverter.ToUInt32(buffer, 140);
        return (BitConverter.ToUInt16(buffer, 28), BitConverter.ToInt64(buffer, 40), device, BitConverter.ToUInt64(buffer, 32));
    }

    /// <summary>The names in a folder as raw bytes ("." and ".." left out); null and the error when it cannot be opened.</summary>
    public static List<byte[]>? ReadDirectory(byte[] path, out string? error)
    {
        var dir = opendir(NulTerminated(path));
        if (dir == IntPtr.Zero)
        {
            error = ErrorText(Marshal.GetLastPInvokeError());
            return null;
        }
        error = null;
        var names = new List<byte[]>();
        try
        {
            while (readdir(dir) is var entry && entry != IntPtr.Zero)
            {
                // struct dirent on 64-bit Linux: d_ino u64, d_off i64, d_reclen u16, d_type u8, then d_name at 19.
                var name = ReadName(entry + 19);
                if (name is [(byte)'.'] or [(byte)'.', (byte)'.']) continue;
                names.Add(name);
            }
        }
        finally { _ = closedir(dir); } // a failed close of a directory stream leaves nothing to undo
        return names;
    }

    private static byte[] ReadName(IntPtr start)
    {
        var length = 0;
        while (Marshal.ReadByte(start, length) != 0) length++;
        var name = new byte[length];
        Marshal.Copy(start, name, 0, length);
        return name;
    }

    private static byte[] NulTerminated(byte[] path)
    {
        var z = new byte[path.Length + 1];
        path.CopyTo(z, 0);
        return z;
    }

    private static string ErrorText(int errno) => Marshal.PtrToStringUTF8(strerror(errno)) ?? $"errno {errno}";
}
