namespace Resume.Parsing.Isolation.Limits;

/// <summary>
/// The kernel-enforced limits a <see cref="LimitedProcess"/> starts under (setrlimit, inherited by anything it runs),
/// and whether it gets a network of its own (none). Null leaves a limit as the parent has it.
/// </summary>
public sealed record ProcessLimits
{
    /// <summary>RLIMIT_AS: virtual memory. .NET reserves far more than it uses: keep at least 1.5 GiB above its heap limit.</summary>
    public long? AddressSpaceBytes { get; init; }

    /// <summary>RLIMIT_CPU: CPU seconds over the process's life; past it the kernel ends the process (SIGXCPU, then SIGKILL).</summary>
    public long? CpuSeconds { get; init; }

    /// <summary>RLIMIT_FSIZE: the largest file the process may write; 0 (the default) means it can write none (SIGXFSZ).</summary>
    public long? FileSizeBytes { get; init; } = 0;

    /// <summary>RLIMIT_NOFILE: open files at once (the runtime needs a few dozen for its own assemblies).</summary>
    public long? OpenFiles { get; init; }

    /// <summary>RLIMIT_CORE: no core dumps of a process that held someone's resume.</summary>
    public long? CoreFileBytes { get; init; } = 0;

    /// <summary>Run in a network namespace of its own (no interfaces but a down loopback) where the system allows it.</summary>
    public bool NoNetwork { get; init; } = true;
}
