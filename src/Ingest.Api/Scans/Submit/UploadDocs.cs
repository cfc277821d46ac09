namespace Ingest.Api.Scans.Submit;

/// <summary>
/// The upload form as OpenAPI shows it. The endpoint reads the request itself (streaming the file straight to the blob
/// store), so this type only documents the fields.
/// </summary>
/// <param name="File">The resume: PDF, DOCX, TXT or Markdown, told by content; at most the configured size (10 MiB).</param>
/// <param name="Role">A guide id from <c>GET /api/v1/roles</c>, or <c>auto</c> (the default): the guide the resume fits best.</param>
/// <param name="JobDescription">A job posting as plain text, to match the resume against.</param>
/// <param name="CallbackUrl">For tenants only (API key); refused for anonymous uploads.</param>
public sealed record UploadDocs(IFormFile File, string? Role, string? JobDescription, string? CallbackUrl);
