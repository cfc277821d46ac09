using DocumentFormat.OpenXml.Wordprocessing;
using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Rows of a skills section that carry their group's name with them: labelled cells side by side, a bold first
/// cell before cells of chips, a table row of names over a row of lists; bulleted items that wrap under their own text;
/// ratings put as gauge readings or as how much the person knows.</summary>
public sealed class SkillRowShapeTests
{
    private const double Left = 40, Body = 9;

    [Fact]
    public void Labelled_cells_side_by_side_are_a_group_each()
    {
        var resume = Read(Pdf(c =>
        {
            Heading(c, "Skills");
            c.Draw("Frontend: Svelte, Elm, HTML/CSS", Left, Body);
            c.Draw("Backend: Kotlin, Ktor, Postgres", Left + 260, Body);
            c.Advance(Body + 5);
            c.Draw("Testing: Cypress, Vitest", Left, Body);
            c.Draw("Tools: Git, Podman", Left + 260, Body);
            c.Advance(Body + 5);
        }));

        Assert.Equal(["Svelte", "Elm", "HTML/CSS", "Kotlin", "Ktor", "Postgres", "Cypress", "Vitest", "Git", "Podman"], resume.Keywords());
        Assert.Equal(["Frontend", "Backend", "Testing", "Tools"], resume.Skills.Select(s => s.Name));
    }

    [Fact]
    public void A_bold_first_cell_before_a_row_of_chips_names_them()
    {
        var bytes = Pdf(c =>
        {
            Heading(c, "Skills");
            foreach (var (label, items) in (ValueTuple<string, string[]>[])[("SYSTEMS WORK", ["ocaml", "rust", "zig"]), ("CLOUD TOOLING", ["Pulumi", "Nomad", "Consul", "Vault"])])
            {
                var x = c.Draw(label, Left, Body, bold: true) + 12;
                c.Draw(string.Join("  |  ", items), x, Body);
                c.Advance(Body + 5);
            }
        });
        var resume = Read(bytes);

        Assert.Equal(["ocaml", "rust", "zig", "Pulumi", "Nomad", "Consul", "Vault"], resume.Keywords());
        Assert.Equal(["SYSTEMS WORK", "CLOUD TOOLING"], resume.Skills.Select(s => s.Name));
    }

    [Fact]
    public void A_table_row_of_names_over_a_row_of_lists_heads_its_columns()
    {
        var bytes = DocxResume.Compose((body, _) => body.Append(
            DocxResume.Styled("Ilse Varga", "Title"), DocxResume.Plain("ilse.varga@example.com"),
            DocxResume.Styled("Skills", "Heading1"),
            new Table(
                new TableRow(new TableCell(DocxResume.Plain("LANGUAGES")), new TableCell(DocxResume.Plain("FRAMEWORKS"))),
                new TableRow(new TableCell(DocxResume.Plain("KOTLIN, DART, SQL")), new TableCell(DocxResume.Plain("SPRING BOOT"))),
                new TableRow(new TableCell(DocxResume.Plain("DATABASES")), new TableCell(DocxResume.Plain("TOOLS"))),
                new TableRow(new TableCell(DocxResume.Plain("MARIADB, REDIS")), new TableCell(DocxResume.Plain("GRADLE")))),
            DocxResume.Styled("Education", "Heading1"),
            DocxResume.Plain("University of Debrecen"),
            DocxResume.Plain("BSc Computer Science, 2021")));
        var resume = Read(bytes);

        Assert.Equal(["KOTLIN", "DART", "SQL", "SPRING BOOT", "MARIADB", "REDIS", "GRADLE"], resume.Keywords());
    }

    [Fact]
    public void A_bulleted_item_wrapped_under_its_own_text_is_one_item()
    {
        var resume = Read(Pdf(c =>
        {
            Heading(c, "Skills");
            foreach (var (item, wrapped) in (ValueTuple<string, string?>[])[("Sorgfältige und genaue", "Dokumentation"), ("Belastbarkeit", null),
                ("Kunden- und", "Serviceorientierung"), ("Zeitmanagement", null)])
            {
                c.Draw("•", Left + 4, Body);
                c.Draw(item, Left + 14, Body);
                c.Advance(Body + 4);
                if (wrapped is not null)
                {
                    c.Draw(wrapped, Left + 14, Body);
                    c.Advance(Body + 4);
                }
            }
        }));

        Assert.Equal(["Sorgfältige und genaue Dokumentation", "Belastbarkeit", "Kunden- und Serviceorientierung", "Zeitmanagement"], resume.Keywords());
    }

    [Fact]
    public void Gauge_readings_and_how_much_is_known_are_ratings_not_skills()
    {
        var resume = Read(Pdf(c =>
        {
            Heading(c, "Skills");
            foreach (var (item, rating) in (ValueTuple<string, string>[])[("Ansys Fluent", "sehr gute Kenntnisse"), ("LabVIEW", "gute Kenntnisse"),
                ("Origin", "Grundkenntnisse")])
            {
                c.Draw(item, Left, Body);
                c.Draw(rating, Left + 300, Body, italic: true);
                c.Advance(Body + 5);
            }
            c.Advance(6);
            // A sidebar's gauges with their readings printed beside the skill.
            foreach (var (item, reading) in (ValueTuple<string, string>[])[("Blender", "90%"), ("Krita", "75 %")])
            {
                c.Draw(item, Left, Body);
                c.Draw(reading, Left + 300, Body);
                c.Advance(Body + 5);
            }
        }));

        Assert.Equal(["Ansys Fluent", "LabVIEW", "Origin", "Blender", "Krita"], resume.Keywords());
    }

    [Fact]
    public void A_rated_row_is_neither_a_label_nor_wrapped_into_the_next_row()
    {
        var resume = Read(Pdf(c =>
        {
            Heading(c, "Skills");
            c.Draw("Software", Left, 10);
            c.Advance(Body + 8);
            foreach (var (item, rating) in (ValueTuple<string, string>[])[("Ansys Fluent", "sehr gute Kenntnisse"),
                ("LabVIEW, Origin, Inkscape", "gute Kenntnisse"), ("Zotero", "Kenntnisse"), ("Scribus, Krita", "Grundkenntnisse")])
            {
                // The rating's cell ends at the column's right edge, so each row runs the column's full width.
                c.Draw(item, Left, Body);
                c.Draw(rating, Left + 480 - c.Width(rating, Body), Body);
                c.Advance(Body + 12);
            }
        }));

        Assert.Equal(["Ansys Fluent", "LabVIEW", "Origin", "Inkscape", "Zotero", "Scribus", "Krita"], resume.Keywords());
        Assert.Equal(["Software"], resume.Skills.Select(s => s.Name));
    }

    [Fact]
    public void A_labelled_list_indented_past_its_label_wraps_back_to_the_columns_edge_inside_an_item()
    {
        string[] items = ["Apache Spark", "Visual Studio Code", "Power BI Desktop", "Google Looker Studio", "Microsoft Excel", "Jupyter Lab",
            "Adobe Illustrator", "Azure Data Factory", "Amazon Redshift", "Apache Airflow", "Oracle Database", "Google Sheets"];
        var firstLine = "";
        var resume = Read(Pdf(c =>
        {
            Heading(c, "Skills");
            c.Draw("Technical:", Left, Body, bold: true);
            c.Advance(Body + 5);
            // A word processor's hanging list: the first line indented past the label column, the rest at the column's edge.
            var words = ("Advanced: " + string.Join(", ", items)).Split(' ');
            var limit = Left + 480;
            // An indent at which the first line breaks inside an item, not after its comma.
            var x = Enumerable.Range(15, 20).Select(k => Left + 2.0 * k).First(at => !FirstLine(c, words, at, limit).EndsWith(','));
            var line = "";
            foreach (var word in words)
            {
                var next = line.Length == 0 ? word : line + " " + word;
                if (x + c.Width(next, Body) > limit)
                {
                    c.Draw(line, x, Body);
                    c.Advance(Body + 4);
                    firstLine = firstLine.Length == 0 ? line : firstLine;
                    x = Left;
                    next = word;
                }
                line = next;
            }
            c.Draw(line, x, Body);
            c.Advance(Body + 4);
        }));

        Assert.False(firstLine.EndsWith(','), "the fixture breaks its first line inside an item");
        Assert.Equal(items, resume.Keywords());
    }

    private static string FirstLine(PdfCanvas c, string[] words, double x, double limit)
    {
        var line = "";
        foreach (var word in words)
        {
            var next = line.Length == 0 ? word : line + " " + word;
            if (x + c.Width(next, Body) > limit)
            {
                return line;
            }
            line = next;
        }
        return line;
    }

    [Fact]
    public void A_group_that_rates_its_items_in_brackets_rates_them_all()
    {
        var resume = Read(Pdf(c =>
        {
            Heading(c, "Skills");
            foreach (var item in (string[])["MATLAB (Proficient)", "Python (Proficient)", "Julia (Learning)", "Docker (bases)"])
            {
                c.Draw(item, Left, Body);
                c.Advance(Body + 5);
            }
        }));

        Assert.Equal(["MATLAB", "Python", "Julia", "Docker"], resume.Keywords());
    }

    [Fact]
    public void A_rating_on_a_line_of_its_own_parts_the_lists_around_it()
    {
        var resume = Read(Pdf(c =>
        {
            Heading(c, "Skills");
            foreach (var (level, lines) in (ValueTuple<string, string[]>[])[("Expert", ["Rust, Terraform, Bash, regex,", "Kafka, Envoy"]), ("Proficient", ["Go, Lua, Haskell"])])
            {
                c.Draw(level, Left, Body, bold: true);
                c.Advance(Body + 4);
                foreach (var line in lines)
                {
                    c.Draw(line, Left + 12, Body);
                    c.Advance(Body + 3);
                }
            }
        }));

        Assert.Equal(["Rust", "Terraform", "Bash", "regex", "Kafka", "Envoy", "Go", "Lua", "Haskell"], resume.Keywords());
    }

    [Fact]
    public void A_single_item_line_in_the_type_of_the_lists_under_a_bold_label_is_an_item()
    {
        var resume = Read(Pdf(c =>
        {
            Heading(c, "Skills");
            c.Draw("Technical", Left, Body + 1, bold: true);
            c.Advance(Body + 5);
            foreach (var line in (string[])["Elixir, Phoenix, LiveView", "UI/UX", "Github, CI/CD"])
            {
                c.Draw(line, Left, Body);
                c.Advance(Body + 5);
            }
            c.Draw("Professional", Left, Body + 1, bold: true);
            c.Advance(Body + 5);
            foreach (var line in (string[])["Clear writing", "Mentoring, pairing"])
            {
                c.Draw(line, Left, Body);
                c.Advance(Body + 5);
            }
        }));

        Assert.Equal(["Elixir", "Phoenix", "LiveView", "UI/UX", "Github", "CI/CD", "Clear writing", "Mentoring", "pairing"], resume.Keywords());
        Assert.Equal(["Technical", "Professional"], resume.Skills.Select(s => s.Name));
    }

    [Fact]
    public void Labels_of_bars_that_stand_closer_than_the_others_are_still_items_of_their_own()
    {
        var resume = Read(Pdf(c =>
        {
            Heading(c, "Skills");
            foreach (var (item, pitch) in (ValueTuple<string, double>[])[("Svelte", 24), ("Deno", 24), ("Angular", 18), ("React", 24), ("HTML/CSS", 24), ("Vue", 24)])
            {
                c.Draw(item, Left, Body);
                c.Advance(pitch);
            }
        }));

        Assert.Equal(["Svelte", "Deno", "Angular", "React", "HTML/CSS", "Vue"], resume.Keywords());
    }

    [Fact]
    public void A_caption_of_the_column_beside_is_no_part_of_a_wrapped_list()
    {
        var resume = Read(Pdf(c =>
        {
            Heading(c, "Skills");
            c.Draw("Go, C#, Python, Java, SQL,", Left + 300, Body);
            c.Advance(Body + 3);
            c.Draw("assessment.example.org", Left + 60, Body);
            c.Draw("Docker, nginx, protobuf", Left + 300, Body);
            c.Advance(Body + 3);
        }));

        Assert.Contains("Docker", resume.Keywords());
        Assert.DoesNotContain(resume.Keywords(), k => k.Contains("assessment", StringComparison.Ordinal));
    }

    [Fact]
    public void A_themes_credit_under_the_last_list_is_no_item()
    {
        var resume = Read(Pdf(c =>
        {
            Heading(c, "Skills");
            foreach (var item in (string[])["Kotlin", "Gradle", "Git"])
            {
                c.Draw(item, Left, Body, bold: true);
                c.Advance(Body + 14);
            }
            c.Advance(30);
            c.Draw("Designed with", Left + 150, Body - 1);
            c.Draw("by Jo Example for developers", Left + 230, Body - 1);
        }));

        Assert.Equal(["Kotlin", "Gradle", "Git"], resume.Keywords());
    }

    private static byte[] Pdf(Action<PdfCanvas> draw)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Teodora Amankwah", Left, 18, bold: true);
            c.Advance(22);
            c.Draw("teodora.amankwah@example.com | (555) 410-7731 | Tucson, AZ", Left, Body);
            c.Advance(Body + 4);
            c.Advance(12);
            c.Draw("SUMMARY", Left, 11, bold: true);
            c.Advance(20);
            c.Paragraph("Process engineer who brings moulding lines from first trial to steady output, with eight years on injection and "
                + "blow moulding for medical and consumer parts, and a habit of writing down what each line taught her about the next one.", Left, 480, Body);
            c.Advance(12);
            c.Draw("EXPERIENCE", Left, 11, bold: true);
            c.Advance(20);
            c.Draw("Process Engineer, Saguaro Plastics, May 2019 - June 2024", Left, Body);
            c.Advance(Body + 12);
            draw(c);
        }
        return document.ToBytes();
    }

    private static void Heading(PdfCanvas c, string text)
    {
        c.Draw(text.ToUpperInvariant(), Left, 11, bold: true);
        c.Advance(20);
    }
}
