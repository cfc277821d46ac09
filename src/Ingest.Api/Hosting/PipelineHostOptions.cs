namespace Ingest.Api.Hosting;

/// <summary>The <c>Pipeline:Workers</c> setting.</summary>
public sealed class PipelineHostOptions
{
    public const string Section = "Pipeline";

    public WorkersMode Workers { get; set; } = WorkersMode.All;
}
