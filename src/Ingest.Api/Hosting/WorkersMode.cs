namespace Ingest.Api.Hosting;

public enum WorkersMode
{
    /// <summary>The parse, score and render stages run in this process (the all-in-one mode).</summary>
    All,

    /// <summary>Separate worker processes run the stages (the distributed mode).</summary>
    None,
}
