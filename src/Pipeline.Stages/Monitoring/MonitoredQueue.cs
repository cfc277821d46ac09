namespace Pipeline.Stages.Monitoring;

/// <summary>A queue whose depth this host reports on /metrics (RabbitMQ mode). Registered once per queue.</summary>
public sealed record MonitoredQueue(string Name);
