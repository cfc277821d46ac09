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
    /// <summary>A legacy Word (.doc) or other OLE compound file.</summary>
    LegacyOffice,
    Rtf,
    Unknown,
}
