using System.Text;
using PdfSharp.Pdf;
using Resume.Fixtures;
using Resume.Model;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Resumes written in scripts other than the Latin one (invented people): Chinese, Japanese, Korean, Ukrainian
/// and Greek headings, their date forms, names and phone numbers, as plain text and as PDF (drawn with the CJK fallback
/// font the fixtures embed).</summary>
public sealed class ScriptLanguageTests
{
    public enum Format { Text, Pdf }

    [Theory]
    [InlineData(Format.Text)]
    [InlineData(Format.Pdf)]
    public void Chinese_headings_open_their_sections(Format format)
    {
        var resume = Read(Render(
        [
            "周雨桐",
            "yutong.zhou@example.cn",
            "# 教育背景",
            "华东理工学院\t2016 - 2020",
            "# 工作经历",
            "青松数据有限公司\t2020 - 2023",
            "数据分析师",
            "• 负责销售数据看板的搭建与维护",
            "# 专业技能",
            "Python, SQL, Tableau",
            "# 荣誉奖项",
            "优秀毕业生",
            "# 技能和语言",
            "英语, 日语",
        ], format));

        Assert.Equal(
            [SectionKinds.Education, SectionKinds.Work, SectionKinds.Skills, SectionKinds.Awards, SectionKinds.Skills],
            resume.Meta.Sections.Select(s => s.Kind));
        Assert.Contains("Tableau", resume.Keywords());
    }

    [Fact]
    public void A_line_of_ideographs_is_not_a_line_in_capitals()
    {
        var resume = Read(string.Join('\n',
            "周雨桐", "yutong.zhou@example.cn", "", "工作经历", "青松数据有限公司    2020 - 2023", "数据分析师",
            "• 负责销售数据看板的搭建与维护", "", "专业技能", "Python, SQL"));

        Assert.Equal([SectionKinds.Work, SectionKinds.Skills], resume.Meta.Sections.Select(s => s.Kind));
        Assert.Contains("负责销售数据看板的搭建与维护", Assert.Single(resume.Work).Highlights);
    }

    [Theory]
    [InlineData("学歴", SectionKinds.Education)]
    [InlineData("職務経歴", SectionKinds.Work)]
    [InlineData("免許・資格", SectionKinds.Certificates)]
    [InlineData("自己ＰＲ", SectionKinds.Summary)]
    [InlineData("경력 사항", SectionKinds.Work)]
    [InlineData("학력", SectionKinds.Education)]
    [InlineData("보유 기술", SectionKinds.Skills)]
    [InlineData("ДОСВІД РОБОТИ", SectionKinds.Work)]
    [InlineData("Освіта", SectionKinds.Education)]
    [InlineData("ΕΚΠΑΙΔΕΥΣΗ", SectionKinds.Education)]
    [InlineData("Επαγγελματική εμπειρία", SectionKinds.Work)]
    [InlineData("工作經歷", SectionKinds.Work)]
    [InlineData("获奖及证书", SectionKinds.Awards)]
    public void Headings_in_other_scripts_name_their_sections(string heading, string kind)
    {
        var resume = Read(string.Join('\n',
            "Alex Morgan", "alex.morgan@example.com", "", heading, "Northwind Labs    2019 - 2021", "Quality engineer", "",
            "SKILLS", "Python, SQL"));

        Assert.Equal(kind, resume.Meta.Sections.First().Kind);
    }

    private static byte[] Render(IReadOnlyList<string> lines, Format format) => format switch
    {
        Format.Text => Encoding.UTF8.GetBytes(string.Join('\n', lines.Select(l =>
            l.StartsWith("# ", StringComparison.Ordinal) ? "\n" + l[2..] : l.Replace("\t", "    ", StringComparison.Ordinal)))),
        _ => Pdf(lines),
    };

    private static byte[] Pdf(IReadOnlyList<string> lines)
    {
        const double left = 50, right = 545;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw(lines[0], left, 20, bold: true);
            c.Advance(22);
            foreach (var line in lines.Skip(1))
            {
                if (line.StartsWith("# ", StringComparison.Ordinal))
                {
                    c.Advance(8);
                    c.Draw(line[2..], left, 13, bold: true);
                    c.Advance(17);
                }
                else if (line.StartsWith("• ", StringComparison.Ordinal))
                {
                    c.Draw("•", left + 4, 10);
                    c.Draw(line[2..], left + 14, 10);
                    c.Advance(13);
                }
                else
                {
                    var parts = line.Split('\t');
                    c.Draw(parts[0], left, 10, bold: parts.Length > 1);
                    if (parts.Length > 1)
                    {
                        c.DrawRight(parts[1], right, 10);
                    }
                    c.Advance(13);
                }
            }
        }
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }
}
