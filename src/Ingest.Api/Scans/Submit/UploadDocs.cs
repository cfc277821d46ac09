namespace Ingest.Api.Scans.Submit;

/// <summary>
/// The upload form as OpenAPI shows it. The endpoint reads the request itself (streaming the file straight to the blob
/// store), so this type only documents the fields. Any other content type is a 415 problem; a body past the limit a
/// 413 problem; a field past its limit, or sent twice, a 400 naming it.
/// </summary>
/// <param name="File">The resume: PDF, DOCX, TXT or Markdown, or a JPEG or PNG photo or scan (read with OCR), told by content; at most <c>Ingest:MaxUploadBytes</c> (10 MiB).</param>
/// <param name="Role">A guide id from <c>GET /api/v1/roles</c>, or <c>auto</c> (the default): the guide the resume fits best; at most 64 characters.</param>
/// <param name="JobDescription">A job posting as plain text, to match the resume against; at most <c>Ingest:MaxJobDescriptionChars</c> (20,000 characters).</param>
/// <param name="CallbackUrl">For tenants only (API key); refused for anonymous uploads; at most 2,048 characters.</param>
public sealed record UploadDocs(IFormFile File, string? Role, string? JobDescription, string? CallbackUrl);
