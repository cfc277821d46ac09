using System.Globalization;
using Resume.Parsing.Isolation.Limits;

namespace Resume.Parsing.Isolation;

/// <summary>What every child of one pool runs with: the parser's options, its memory limits and its environment.</summary>
internal sealed record ChildSettings(ParserOptions Parser, long MemoryLimitBytes, int ParsesPerProcess)
{
    /// <summary>Room the .NET runtime needs in its address space beyond the heap (code, stacks, mapped assemblies): measured, it does not start with 1.25 GiB.</summary>
    private const long RuntimeAddressSpace = 1536L * 1024 * 1024;

    /// <summary>A child's CPU over its whole life; the pool retires children at half of it, so only a runaway meets it.</summary>
    public const long LifetimeCpuSeconds = 3600;

    public static ChildSettings From(ParseIsolationOptions options) =>
        new(options.ToParserOptions(), options.MemoryLimitMB * 1024L * 1024, options.ParsesPerProcess);

    /// <summary>The .NET heap limit: half the resident limit, the rest for the runtime and native buffers.</summary>
    public long HeapLimitBytes => MemoryLimitBytes / 2;

    /// <summary>A child that holds more than this after a file is replaced rather than kept bloated.</summary>
    public long RecycleAboveBytes => MemoryLimitBytes / 2;

    public ProcessLimits Limits() => new()
    {
        AddressSpaceBytes = HeapLimitBytes + RuntimeAddressSpace,
        CpuSeconds = LifetimeCpuSeconds,
        // Set by the child itself once the runtime is up (ChildProgram): the runtime's start needs to size a file.
        FileSizeBytes = null,
        CoreFileBytes = 0,
        NoNetwork = true,
    };

    public IReadOnlyDictionary<string, string> Environment() => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["DOTNET_GCHeapHardLimit"] = "0x" + HeapLimitBytes.ToString("X", CultureInfo.InvariantCulture),
        ["DOTNET_gcServer"] = "0",
        // glibc reserves 64 MiB of address space per malloc arena, one per thread that allocates (up to 8 per core):
        // the threads that run OCR tools took the child past its address-space cap (found as an abort loading an assembly).
        ["MALLOC_ARENA_MAX"] = "2",
        ["DOTNET_gcConcurrent"] = "0",
        // No diagnostics socket, debugger or profiler to attach to a process that reads hostile files.
        ["DOTNET_EnableDiagnostics"] = "0",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
    };
}
