namespace Ingest.Api.Scans.Submit;

/// <summary>What an upload's first bytes say it is.</summary>
public enum UploadKind
{
    Empty,
    Pdf,
    /// <summary>A ZIP container: DOCX, if it is anything we read; the parser tells the rest.</summary>
    Docx,
    /// <summary>Plain text or Markdown.</summary>
    Text,
    /// <summary>
    /// An OLE compound file: a password-protected DOCX or a legacy .doc. Only the parser can tell which, and say
    /// "encrypted" or "unsupported-type" accordingly, so it is let through.
    /// </summary>
    OfficeCompound,
    /// <summary>A PNG photo or scan of a resume, read with OCR.</summary>
    Png,
    /// <summary>A JPEG photo or scan of a resume, read with OCR.</summary>
    Jpeg,
    Rtf,
    Unknown,
}
