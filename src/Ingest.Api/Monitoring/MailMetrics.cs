using System.Diagnostics.Metrics;
using Pipeline.ServiceDefaults;

namespace Ingest.Api.Monitoring;

/// <summary>Mails handed on (to the SMTP server, or written as files) and mails that could not be, by kind.</summary>
public sealed class MailMetrics
{
    public const string KindTag = "pipeline.mail.kind";
    public const string Confirmation = "confirmation";
    public const string Digest = "digest";
    public const string BatchCompleted = "batch-completed";

    private readonly Counter<long> _mails;

    public MailMetrics(IMeterFactory meters)
    {
        _mails = PipelineTelemetry.MeterFrom(meters).CreateCounter<long>("pipeline.mails", "{mail}",
            "Mails sent, failed (refused by the server or not reached) or suppressed (the address refused for good), by kind: confirmation, digest or batch-completed.");
    }

    public void Sent(string kind) => Add(kind, "sent");

    public void Failed(string kind) => Add(kind, "failed");

    /// <summary>The server refused the address for good; it gets no more mail.</summary>
    public void Suppressed(string kind) => Add(kind, "suppressed");

    private void Add(string kind, string outcome) => _mails.Add(1,
        new KeyValuePair<string, object?>(ScanMetrics.OutcomeTag, outcome),
        new KeyValuePair<string, object?>(KindTag, kind));
}
