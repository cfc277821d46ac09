namespace Pipeline.Contracts;

/// <summary>An upload is stored and waits to be parsed.</summary>
/// <param name="UploadBlob">The file as uploaded (<see cref="BlobNames.Upload"/>).</param>
/// <param name="Role">The role guide to score against.</param>
/// <param name="JobDescriptionBlob">The job posting as plain text, or null when none was given.</param>
/// <param name="Attempt">1 for the first announcement; the stuck-scan sweep re-announces with the next number.</param>
/// <param name="Lane">The queues the scan travels on, from here to its end.</param>
public sealed record ResumeUploaded(Guid ScanId, string UploadBlob, string Role, string? JobDescriptionBlob, int Attempt, Lane Lane = Lane.Interactive);
