using System.Runtime.InteropServices;

namespace Pipeline.Testing.Infrastructure;

internal static partial class Posix
{
    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    public static partial int Kill(int pid, int signal);
}
