using System.Runtime.InteropServices;

namespace Pipeline.IO;

/// <summary>
/// Flushes a folder's entries to disk. A rename is a change to the folder, not to the file: until the folder is
/// fsynced, a power cut can undo a rename whose file was already flushed, and a committed record would vanish.
/// Linux only (elsewhere a no-op): .NET has no API to open a folder for fsync.
/// </summary>
public static partial class DirectorySync
{
    private const int ReadOnly = 0; // O_RDONLY: enough to fsync a folder, and the same value on every architecture

    [DllImport("libc", SetLastError = true)]
    private static extern int open(byte[] path, int flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int fsync(int fd);

    [DllImport("libc")]
    private static extern int close(int fd);

    public static void Flush(string folder)
    {
        if (!OperatingSystem.IsLinux()) return;
        var fd = open(System.Text.Encoding.UTF8.GetBytes(Path.GetFullPath(folder) + "\0"), ReadOnly);
        if (fd < 0) throw new IOException($"cannot open the folder {folder} to flush it (errno {Marshal.GetLastPInvokeError()})");
        try
        {
            if (fsync(fd) != 0) throw new IOException($"cannot flush the folder {folder} to disk (errno {Marshal.GetLastPInvokeError()})", Marshal.GetLastPInvokeError());
        }
        finally { _ = close(fd); } // nothing to do about a failed close of a directory opened only to sync it
    }
}
