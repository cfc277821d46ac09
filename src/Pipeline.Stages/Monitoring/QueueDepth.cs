namespace Pipeline.Stages.Monitoring;

/// <summary>A queue's messages ready for delivery and its consumers, as the broker counted them.</summary>
public sealed record QueueDepth(string Queue, long Messages, long Consumers);
