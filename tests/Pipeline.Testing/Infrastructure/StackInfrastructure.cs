namespace Pipeline.Testing.Infrastructure;

/// <summary>
/// The services a distributed stack runs on: its base settings (as <c>scripts/services.sh env</c> prints them) and
/// RabbitMQ's management API, where the stack makes its virtual host and reads its queues.
/// </summary>
public sealed record StackInfrastructure(IReadOnlyDictionary<string, string> Settings, Uri RabbitManagement)
{
    /// <summary>The shared services <c>scripts/services.sh up</c> runs; stacks on them isolate by virtual host, database and container prefix.</summary>
    public static StackInfrastructure Shared() => new(DistributedSettings.Load(), RabbitMqAdmin.SharedManagement);
}
