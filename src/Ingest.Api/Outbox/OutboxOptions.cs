using System.ComponentModel.DataAnnotations;

namespace Ingest.Api.Outbox;

/// <summary>The <c>Outbox</c> settings of the dispatcher that publishes what the database recorded.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>How often to look for unsent messages when nothing woke the dispatcher (another instance wrote them).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>How long a claim holds; a dispatcher that dies lets its rows go after this.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one publish may wait for the broker's confirm.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Longest wait between two tries of one message (the wait doubles from one second up to this).</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Fault injection for the reliability suite; 0 (off) unless configured. When N, the process kills itself (SIGKILL)
    /// as it is about to publish its N-th message: rows committed, nothing published, the moment no signal from outside
    /// can hit reliably. It is read from configuration at start only, so no request can turn it on.
    /// </summary>
    [Range(0, int.MaxValue)]
    public int KillBeforePublish { get; set; }
}
