namespace Ingest.Api.Batches.Submit;

/// <summary>
/// The batch upload form as OpenAPI shows it. The endpoint reads the request itself (the ZIP spooled, each resume
/// streamed to the blob store), so this type only documents the fields.
/// </summary>
/// <param name="File">One ZIP of resumes (PDF, DOCX, TXT, Markdown, told by content); folders inside are fine.</param>
/// <param name="Files">Or the resumes themselves, as repeated fields.</param>
/// <param name="Role">The role guide every resume is scored against.</param>
/// <param name="JobDescription">A job posting as plain text: the summary then names the skills most often missing.</param>
/// <param name="CallbackUrl">Called once with a signed <c>batch.completed</c> event when every scan ended.</param>
/// <param name="ContactEmail">Mailed once with the summary's headline figures and links when every scan ended.</param>
public sealed record BatchUploadDocs(IFormFile? File, IFormFileCollection? Files, string? Role, string? JobDescription, string? CallbackUrl, string? ContactEmail);
