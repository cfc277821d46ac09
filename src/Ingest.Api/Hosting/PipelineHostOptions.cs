using System.ComponentModel.DataAnnotations;
using Pipeline.Stages.Messaging;

namespace Ingest.Api.Hosting;

/// <summary>The <c>Pipeline:Workers</c> setting, checked against the transport it needs.</summary>
public sealed class PipelineHostOptions : IValidatableObject
{
    public const string Section = "Pipeline";

    public WorkersMode Workers { get; set; } = WorkersMode.All;

    public TransportKind Transport { get; set; } = TransportKind.InMemory;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Workers == WorkersMode.None && Transport == TransportKind.InMemory)
        {
            yield return new ValidationResult(
                "Pipeline:Workers is None but Pipeline:Transport is InMemory: no other process can reach an in-memory bus, so no stage would run. " +
                "Use Pipeline:Transport=RabbitMq for the distributed mode, or Pipeline:Workers=All.");
        }
    }
}
