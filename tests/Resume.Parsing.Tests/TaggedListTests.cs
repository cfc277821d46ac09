using System.Globalization;
using System.Text;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A tagged PDF (what Word, Google Docs, Chrome and LibreOffice write by default) says which lines make one list item:
/// its structure tree places every marked run of text under a list item. Where the page alone is ambiguous, the items
/// are the producer's, not a guess from how far a line ran.
/// </summary>
public sealed class TaggedListTests
{
    [Fact]
    public void Lines_the_producer_placed_in_one_list_item_are_one_highlight_though_the_first_stops_short()
    {
        // A manual line break inside an item: the first line ends well before the margin and the next opens with a capital.
        var resume = Read(Tagged(
            ("Lena Marsh", null, 24, 720),
            ("lena.marsh@example.com | 503 555 0147", null, 10, 696),
            ("EXPERIENCE", null, 12, 660),
            ("Harbor Freight Lines   Mar 2019 - Present", null, 11, 640),
            ("Logistics Coordinator", null, 11, 626),
            ("Cut average dock wait by 20 minutes", 0, 10, 610),
            ("Across three warehouses and two carriers", 0, 10, 596),
            ("Trained nine new dispatchers on the routing system", 1, 10, 582),
            ("EDUCATION", null, 12, 550),
            ("BA Geography, Portland State University   2014 - 2018", null, 11, 530)));

        var job = Assert.Single(resume.Work);
        Assert.Equal(
            ["Cut average dock wait by 20 minutes Across three warehouses and two carriers", "Trained nine new dispatchers on the routing system"],
            job.Highlights);
    }

    [Fact]
    public void A_list_item_whose_bullet_is_a_picture_is_not_taken_for_the_wrapped_end_of_the_item_above()
    {
        // Word draws a picture bullet as an image: the second item shows no glyph, and the first runs to the margin.
        var resume = Read(Tagged(
            ("Omar Haddad", null, 24, 720),
            ("omar.haddad@example.com | 312 555 0188", null, 10, 696),
            ("EXPERIENCE", null, 12, 660),
            ("Lakeside Clinic   Jun 2020 - Present", null, 11, 640),
            ("Practice Manager", null, 11, 626),
            ("\x95 Ran scheduling, billing and supply ordering for a busy six-doctor family practice office", 0, 10, 610),
            ("Patient satisfaction scores rose from 78 to 91 percent in two years", 1, 10, 596),
            ("EDUCATION", null, 12, 560),
            ("BS Health Administration, DePaul University   2012 - 2016", null, 11, 540)));

        var job = Assert.Single(resume.Work);
        Assert.Equal(
            ["Ran scheduling, billing and supply ordering for a busy six-doctor family practice office", "Patient satisfaction scores rose from 78 to 91 percent in two years"],
            job.Highlights);
    }

    [Fact]
    public void A_structure_tree_that_loops_back_on_itself_costs_the_hint_not_the_resume()
    {
        // A hostile tree: the parent tree's node is its own kid and the run's element is its own parent.
        var content = "/LBody <</MCID 0>> BDC BT /F1 24 Tf 72 720 Td (Nadia Brook) Tj ET EMC\n"
            + "BT /F1 10 Tf 72 696 Td (nadia.brook@example.com | 503 555 0131) Tj ET\n"
            + "BT /F1 12 Tf 72 660 Td (EXPERIENCE) Tj ET\n"
            + "BT /F1 11 Tf 72 640 Td (Copper Kettle Cafe   2021 - Present) Tj ET\n"
            + "BT /F1 11 Tf 72 626 Td (Shift Lead) Tj ET\n";
        var pdf = new RawPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R /StructTreeRoot 6 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R /StructParents 7 >>");
        pdf.AddStream("", Encoding.Latin1.GetBytes(content));
        pdf.Add(RawPdf.HelveticaFont);
        pdf.Add("<< /Type /StructTreeRoot /ParentTree 7 0 R >>");
        pdf.Add("<< /Kids [7 0 R 8 0 R] >>");
        pdf.Add("<< /Nums [7 [9 0 R]] >>");
        pdf.Add("<< /Type /StructElem /S /LBody /P 9 0 R >>");

        var resume = Read(pdf.Build());

        Assert.Equal("Nadia Brook", resume.Basics.Name);
        Assert.Equal("nadia.brook@example.com", resume.Basics.Email);
    }

    /// <summary>One Letter page in Helvetica whose lines with an item number are marked content placed under that list
    /// item of one list; other lines are left untagged, as artifacts and headings sometimes are.</summary>
    private static byte[] Tagged(params (string Text, int? Item, int Size, int Y)[] lines)
    {
        var content = new StringBuilder();
        var mcids = new List<int>();
        foreach (var (text, item, size, y) in lines)
        {
            var show = $"BT /F1 {size} Tf 72 {y} Td ({text}) Tj ET\n";
            if (item is { } i)
            {
                content.Append(CultureInfo.InvariantCulture, $"/LBody <</MCID {mcids.Count}>> BDC {show}EMC\n");
                mcids.Add(i);
            }
            else
            {
                content.Append(show);
            }
        }
        var items = mcids.Distinct().ToList();
        var pdf = new RawPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R /StructTreeRoot 6 0 R /MarkInfo << /Marked true >> >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R /StructParents 0 >>");
        pdf.AddStream("", Encoding.Latin1.GetBytes(content.ToString()));
        pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        // 6 root, 7 list, then per item its LI and its LBody.
        var itemObject = (int item) => 8 + 2 * items.IndexOf(item);
        var parents = string.Join(" ", mcids.Select(i => $"{itemObject(i) + 1} 0 R"));
        pdf.Add($"<< /Type /StructTreeRoot /K [7 0 R] /ParentTree << /Nums [0 [{parents}]] >> >>");
        pdf.Add($"<< /Type /StructElem /S /L /P 6 0 R /K [{string.Join(" ", items.Select(i => $"{itemObject(i)} 0 R"))}] >>");
        foreach (var item in items)
        {
            pdf.Add($"<< /Type /StructElem /S /LI /P 7 0 R /K [{itemObject(item) + 1} 0 R] >>");
            pdf.Add($"<< /Type /StructElem /S /LBody /P {itemObject(item)} 0 R >>");
        }
        return pdf.Build();
    }
}
