using PdfSharp.Pdf;

namespace Resume.Fixtures;

/// <summary>
/// The Europass label/value CV as its German edition words it: a narrow column of labels set flush right, long labels
/// wrapping onto a second line (some naming their field only there: "Name und Adresse des" / "Arbeitgebers"), the name
/// written surname first, the employer's address after its name, and what was done as a dash list starting on the line
/// under its label, its items wrapping in a narrow value column.
/// </summary>
public static class EuropassShapes
{
    private const double LabelRight = 170, LabelWidth = 120, Value = 185, ValueWidth = 190;

    public static byte[] German(Person person, DateStyle dates)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            int Label(string label, double top) => c.RightColumn(label, LabelRight, LabelWidth, 8.5, top, 12);
            void Row(string label, string text)
            {
                var top = c.Y;
                var labelLines = Label(label, top);
                var used = c.Paragraph(text, Value, ValueWidth, 9.5, leading: 12);
                c.Y = top + 12 * Math.Max(used, labelLines) + 4;
            }
            void List(string label, IEnumerable<string> items)
            {
                var top = c.Y;
                var labelLines = Label(label, top);
                c.Y = top + 12;
                var used = 1;
                foreach (var item in items)
                {
                    used += c.Paragraph(item, Value, ValueWidth, 9.5, bullet: "–", leading: 12);
                }
                c.Y = top + 12 * Math.Max(used, labelLines) + 4;
            }
            void Title(string title)
            {
                c.Advance(8);
                c.DrawRight(title, LabelRight, 11, bold: true);
                c.Advance(16);
            }
            c.DrawRight("Europass", LabelRight, 14, bold: true);
            c.Advance(16);
            c.DrawRight("Lebenslauf", LabelRight, 12);
            c.Advance(20);
            Title("Angaben zur Person");
            var parts = person.Name.Split(' ');
            Row("Nachname(n) / Vorname(n)", $"{parts[^1]}, {string.Join(' ', parts[..^1])}");
            Row("Adresse(n)", person.City);
            Row("Telefon", person.Phone);
            Row("E-Mail", person.Email);
            Title("Berufserfahrung");
            foreach (var job in person.Jobs)
            {
                Row("Zeitraum", dates.Range(job.Start, job.End));
                Row("Beruf oder Funktion", job.Position);
                List("Wichtigste Tätigkeiten und Zuständigkeiten", job.Highlights);
                Row("Name und Adresse des Arbeitgebers", $"{job.Company}, {job.Location}");
                c.Advance(6);
            }
            Title("Schul- und Berufsbildung");
            foreach (var school in person.Schools)
            {
                Row("Zeitraum", dates.Range(school.Start, school.End));
                Row("Bezeichnung der erworbenen Qualifikation", school.Degree);
                Row("Hauptfächer / berufliche Fähigkeiten", school.Area);
                Row("Name und Art der Bildungs- oder Ausbildungseinrichtung", school.Institution);
                c.Advance(6);
            }
        }
        return PdfResume.Save(document);
    }
}
