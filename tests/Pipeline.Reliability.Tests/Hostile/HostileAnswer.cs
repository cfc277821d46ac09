namespace Pipeline.Reliability.Tests.Hostile;

/// <summary>What the pipeline must answer a hostile file with.</summary>
public abstract record HostileAnswer
{
    /// <summary>Refused at the door: a problem with <paramref name="Status"/> whose words name the problem.</summary>
    public sealed record Refused(int Status, string Naming) : HostileAnswer;

    /// <summary>Accepted, then <c>failed</c> at <paramref name="Stage"/> with one of <paramref name="Codes"/> and a sentence.</summary>
    public sealed record Failed(string Stage, params string[] Codes) : HostileAnswer
    {
        /// <summary>Words the sentence must hold, where the code alone does not tell this failure from another.</summary>
        public string? Saying { get; init; }
    }

    /// <summary>Accepted and <c>completed</c>; <paramref name="Payload"/> (when given) must come back inert in every output.</summary>
    public sealed record Completed(string? Payload = null) : HostileAnswer
    {
        /// <summary>The name the parsed resume must give, as read (controls and overrides around it dropped).</summary>
        public string? Name { get; init; }
    }

    /// <summary>Either ending is right (a reader may repair what another refuses), as long as it is one of these.</summary>
    public sealed record CompletedOrFailed(string Stage, params string[] Codes) : HostileAnswer;
}
