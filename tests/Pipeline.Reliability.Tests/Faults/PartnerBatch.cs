using Pipeline.Testing;
using Resume.Fixtures;

namespace Pipeline.Reliability.Tests.Faults;

/// <summary>What a batch entry is, and so how it must end.</summary>
public enum BatchEntryKind
{
    /// <summary>A resume: scanned, completed.</summary>
    Resume,

    /// <summary>A damaged PDF: scanned, failed at parse as <c>corrupt</c>.</summary>
    Corrupt,

    /// <summary>A password-protected PDF: scanned, failed at parse as <c>encrypted</c>.</summary>
    Encrypted,

    /// <summary>A file of a kind not read: refused at intake (the batch's <c>skipped</c>).</summary>
    Unsupported,

    /// <summary>The same bytes as an earlier entry: listed as its duplicate, not scanned again.</summary>
    Duplicate,
}

/// <summary>One file of the batch as sent.</summary>
public sealed record PartnerBatchEntry(string Name, BatchEntryKind Kind, string? DuplicateOf = null)
{
    /// <summary>The failure code a scanned bad file must end with, or null.</summary>
    public string? ExpectedCode => Kind switch
    {
        BatchEntryKind.Corrupt => "corrupt",
        BatchEntryKind.Encrypted => "encrypted",
        _ => null,
    };
}

/// <summary>
/// A career centre's batch made in code: invented people (each a seeded variation of a field person under a name of
/// its own) as text, Markdown, PDF and Word resumes, with the bad files real batches hold: damaged and
/// password-protected PDFs, files of kinds not read, and the same file twice.
/// </summary>
public sealed record PartnerBatch(string Label, byte[] Zip, IReadOnlyList<PartnerBatchEntry> Entries)
{
    private static readonly string[] FirstNames =
    [
        "Amara", "Bastien", "Chiara", "Dmitri", "Elif", "Femi", "Greta", "Hiro", "Ines", "Jonah", "Kalani", "Lucía", "Mateus",
        "Nadia", "Oskar", "Priya", "Quinn", "Rafaela", "Soren", "Tamsin", "Umar", "Vera", "Wen", "Ximena", "Yusuf",
    ];

    private static readonly string[] LastNames =
    [
        "Abernethy", "Baptiste", "Castellano", "Draganova", "Eriksen", "Fairweather", "Gallagher", "Hakimi", "Ishikawa", "Jovanović",
        "Kowalczyk", "Lindqvist", "Mbeki", "Novotná", "Okonkwo", "Pereira", "Quiroga", "Rasmussen", "Szabó", "Tanaka", "Ulloa",
        "Vasquez", "Whitford", "Yilmaz", "Zielinski",
    ];

    /// <summary>Entries the batch scans (resumes and the bad PDFs): its <c>total</c>.</summary>
    public int Scanned => Entries.Count(e => e.Kind is not (BatchEntryKind.Unsupported or BatchEntryKind.Duplicate));

    public int Skipped => Entries.Count(e => e.Kind == BatchEntryKind.Unsupported);

    public int Duplicates => Entries.Count(e => e.Kind == BatchEntryKind.Duplicate);

    public PartnerBatchEntry Entry(string name) => Entries.Single(e => e.Name == name);

    /// <summary>
    /// <paramref name="size"/> files (at most 625 people): one in 25 a damaged PDF, one in 25 a locked one, two of kinds
    /// not read and two repeats of earlier files; of the resumes, a tenth each PDF, Word and Markdown, the rest text.
    /// </summary>
    public static PartnerBatch Make(int size, string label, int seed)
    {
        if (size is < 10 or > 625)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "A batch of 10 to 625 files.");
        }
        var people = PeopleGenerator.Generate(size / FieldPeople.ByRole.Count + 1, seed).Select(p => p.Person).ToList();
        var zip = new ZipBuilder();
        var entries = new List<PartnerBatchEntry>();
        var contents = new List<byte[]>();
        void Add(string name, BatchEntryKind kind, byte[] content, string? duplicateOf = null)
        {
            zip.Add(name, content);
            entries.Add(new PartnerBatchEntry(name, kind, duplicateOf));
            contents.Add(content);
        }

        for (var i = 0; i < size - 4; i++)
        {
            var (first, last) = (FirstNames[i % FirstNames.Length], LastNames[i / FirstNames.Length % LastNames.Length]);
            var person = people[(i * 7 + seed) % people.Count] with
            {
                Name = $"{first} {last}",
                Email = $"{Ascii(first)}.{Ascii(last)}@students.example.edu",
            };
            var stem = $"{label}/{i:000}-{Ascii(first)}-{Ascii(last)}";
            switch (i % 25, i % 10)
            {
                case (7, _):
                    // Each damaged file differs, or the batch would take the second for a duplicate of the first.
                    Add($"{stem}.pdf", BatchEntryKind.Corrupt, [.. ResumeFixtures.CorruptPdf(), .. System.Text.Encoding.ASCII.GetBytes($"\n% {stem}\n")]);
                    break;
                case (17, _):
                    Add($"{stem}.pdf", BatchEntryKind.Encrypted, PdfResume.Encrypted(person));
                    break;
                case (_, 4):
                    Add($"{stem}.pdf", BatchEntryKind.Resume, PdfResume.SingleColumn(person));
                    break;
                case (_, 8):
                    Add($"{stem}.docx", BatchEntryKind.Resume, DocxResume.Build(person));
                    break;
                case (_, 6):
                    Add($"{stem}.md", BatchEntryKind.Resume, System.Text.Encoding.UTF8.GetBytes(TextResume.Markdown(person)));
                    break;
                default:
                    Add($"{stem}.txt", BatchEntryKind.Resume, System.Text.Encoding.UTF8.GetBytes(TextResume.Plain(person)));
                    break;
            }
        }
        Add($"{label}/portrait.gif", BatchEntryKind.Unsupported, ResumeFixtures.Gif());
        Add($"{label}/setup.exe", BatchEntryKind.Unsupported, [(byte)'M', (byte)'Z', 0x90, 0x00, .. new byte[508]]);
        Add($"{label}/copy of {Path.GetFileName(entries[0].Name)}", BatchEntryKind.Duplicate, contents[0], entries[0].Name);
        Add($"{label}/resend/{Path.GetFileName(entries[1].Name)}", BatchEntryKind.Duplicate, contents[1], entries[1].Name);
        return new PartnerBatch(label, zip.Build(), entries);
    }

    private static string Ascii(string name) =>
        new string(name.Normalize(System.Text.NormalizationForm.FormD).Where(char.IsAsciiLetter).ToArray()).ToLowerInvariant();
}
