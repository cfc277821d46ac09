namespace Resume.Parsing.Isolation;

/// <summary>
/// Parses uploaded bytes somewhere a hostile file costs nothing but its own result: the one way the CLI, the
/// all-in-one host and the parse worker parse, with only the pool size chosen per mode. Disposing it ends its processes.
/// </summary>
public interface IParseSandbox : IDisposable
{
    ParserOptions Options { get; }

    /// <summary>
    /// Never throws for a bad file (a crash, a timeout or a limit is a result with a stable code). Throws
    /// <see cref="SandboxUnavailableException"/> when no parser process can be started at all, and
    /// <see cref="OperationCanceledException"/> for the caller's own cancellation.
    /// </summary>
    Task<ParseResult> ParseAsync(Stream content, CancellationToken cancellationToken);
}
