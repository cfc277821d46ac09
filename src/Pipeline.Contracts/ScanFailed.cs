namespace Pipeline.Contracts;

/// <summary>A stage met a permanent failure: the same input would fail the same way, so the scan ends here.</summary>
/// <param name="Stage"><c>parse</c>, <c>score</c> or <c>render</c>.</param>
/// <param name="Code">A stable code for programs (<c>corrupt</c>, <c>encrypted</c>, …).</param>
/// <param name="Message">A sentence for people.</param>
public sealed record ScanFailed(Guid ScanId, string Stage, string Code, string Message, Lane Lane = Lane.Interactive);
