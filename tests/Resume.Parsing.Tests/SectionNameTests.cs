using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>The sections after work and education as people name and fill them: a template's bracketed hint after a
/// heading, two names joined by a bar, languages with their levels written beside or onto them.</summary>
public sealed class SectionNameTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Academic_experience_lists_posts_when_its_entries_open_with_titles_and_schooling_when_they_name_degrees(bool posts)
    {
        var entries = posts
            ? new[] { "2021 - present    Assistant Professor, Department of Marine Biology, Northsea University", "• Teaching courses in coastal ecology.",
                "2018 - 2021    Postdoctoral Researcher, Institute for Tidal Studies", "• Led field surveys of salt marshes." }
            : new[] { "2019 - 2021    Master of Science in Marine Biology, Northsea University", "• Thesis on salt marsh recovery.",
                "2016 - 2019    Bachelor of Science in Biology, Westhaven College", "• Minor in chemistry." };
        var resume = Read(string.Join('\n', new[] { "Hedda Brink", "hedda.brink@example.org", "", "Academic Experience" }.Concat(entries)));

        Assert.Equal(posts ? 2 : 0, resume.Work.Count);
        Assert.Equal(posts ? 0 : 2, resume.Education.Count);
        if (posts)
        {
            Assert.Equal(["Assistant Professor", "Postdoctoral Researcher"], resume.Work.Select(w => w.Position!));
        }
    }

    [Fact]
    public void A_heading_whose_bracketed_hint_wraps_onto_a_second_line_still_opens_its_section()
    {
        var resume = Read(Pdf(c =>
        {
            Heading(c, "OBJETIVO");
            Body(c, "Quero atuar com suporte técnico e redes numa empresa de tecnologia.");
            Heading(c, "FERRAMENTAS (liste aqui os programas, as linguagens e os sistemas que você usa no");
            Heading(c, "dia a dia)");
            Bullet(c, "Python");
            Bullet(c, "LibreOffice Calc");
            Bullet(c, "Linux Mint");
            Heading(c, "IDIOMAS");
            Body(c, "Espanhol-intermediário");
        }));

        Assert.Equal(["Python", "LibreOffice Calc", "Linux Mint"], resume.Keywords());
        Assert.DoesNotContain(resume.Keywords(), k => k.Contains("dia a dia", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_section_names_joined_by_a_bar_make_one_heading_of_the_first_ones_kind()
    {
        var resume = Read(Pdf(c =>
        {
            Heading(c, "OBJETIVO");
            Body(c, "Quero atuar com suporte técnico e redes numa empresa de tecnologia.");
            Heading(c, "CURSOS | CERTIFICAÇÕES");
            Body(c, "Montagem e manutenção de computadores - SENAI - 2023");
            Heading(c, "IDIOMAS");
            Body(c, "Inglês-básico");
        }));

        Assert.Single(resume.Certificates);
        Assert.StartsWith("Montagem e manutenção de computadores", resume.Certificates[0].Name, StringComparison.Ordinal);
        Assert.Empty(resume.Work);
    }

    [Fact]
    public void A_level_joined_to_its_language_by_a_hyphen_is_its_fluency()
    {
        var resume = Read(Pdf(c =>
        {
            Heading(c, "PERFIL");
            Body(c, "Técnica de enfermagem com cinco anos em pronto atendimento.");
            Heading(c, "IDIOMAS");
            Body(c, "Português-nativo");
            Body(c, "Espanhol-intermediário");
            Body(c, "Inglês-básico");
        }));

        Assert.Equal([("Português", "nativo"), ("Espanhol", "intermediário"), ("Inglês", "básico")],
            resume.Languages.Select(l => (l.Name!, l.Fluency!)));
    }

    [Fact]
    public void A_plain_word_of_judgement_beside_a_language_is_its_level()
    {
        var resume = Read(Pdf(c =>
        {
            Heading(c, "SUMMARY");
            Body(c, "Junior web developer who builds small shop sites for local businesses.");
            Heading(c, "LANGUAGES");
            c.Draw("Vietnamese", Left, BodySize);
            c.Draw("Native", Left + 160, BodySize);
            c.Advance(15);
            c.Draw("English", Left, BodySize);
            c.Draw("Normal", Left + 160, BodySize);
            c.Advance(15);
            c.Draw("Korean", Left, BodySize);
            c.Draw("Good", Left + 160, BodySize);
            c.Advance(15);
        }));

        Assert.Equal([("Vietnamese", "Native"), ("English", "Normal"), ("Korean", "Good")],
            resume.Languages.Select(l => (l.Name!, l.Fluency!)));
    }

    [Fact]
    public void Section_words_set_in_the_body_type_inside_a_job_do_not_outvote_the_headings_that_stand_out()
    {
        var resume = Read(Pdf(c =>
        {
            c.Draw("About Me", Left, 20, bold: true);
            c.Advance(26);
            Body(c, "Systems engineer who keeps warehouses and offices running, with a taste for automation.");
            c.Draw("Experience", Left, 20, bold: true);
            c.Advance(26);
            void Job(string title, string[] projects, string[] tools)
            {
                c.Draw(title, Left, 12, bold: true);
                c.Advance(18);
                Body(c, "Looked after the servers, the network and the people who depend on them every day.");
                c.Draw("Projects", Left, BodySize, italic: true);
                c.Advance(15);
                foreach (var p in projects)
                {
                    c.Draw(p, Left + 20, BodySize);
                    c.Advance(13);
                }
                c.Advance(4);
                c.Draw("Technologies", Left, BodySize, italic: true);
                c.Advance(15);
                foreach (var t in tools)
                {
                    c.Draw(t, Left + 20, BodySize);
                    c.Advance(13);
                }
                c.Advance(10);
            }
            Job("Brightwater Logistics - Infrastructure Engineer (2019-Present)", ["Depot network refresh", "Label server move"],
                ["Ansible", "Proxmox"]);
            Job("Brightwater Logistics - Site IT Technician (2015-2019)", ["Scanner rollout"], ["Active Directory", "DHCP"]);
            c.Draw("Certifications", Left, 20, bold: true);
            c.Advance(26);
            Body(c, "CompTIA Network+");
            Body(c, "ITIL 4 Foundation");
        }));

        Assert.Empty(resume.Projects);
        Assert.Equal(["CompTIA Network+", "ITIL 4 Foundation"], resume.Certificates.Select(x => x.Name!));
        Assert.NotEmpty(resume.Work);
    }

    [Fact]
    public void A_group_of_nothing_but_human_languages_under_a_misspelt_label_is_the_languages_section()
    {
        var resume = Read(Pdf(c =>
        {
            Heading(c, "PROFILE");
            Body(c, "Illustrator and web designer moving from fashion into front-end work.");
            Heading(c, "SKILLS");
            Body(c, "Design: Figma, Adobe Illustrator, Procreate");
            Body(c, "Web: HTML, CSS, Javascript");
            Body(c, "Languege: Ukrainian, Polish, English, Italian");
        }));

        Assert.Equal(["Ukrainian", "Polish", "English", "Italian"], resume.Languages.Select(l => l.Name!));
        Assert.DoesNotContain("Polish", resume.Keywords());
    }

    private const double Left = 60, BodySize = 10;

    private static void Heading(PdfCanvas c, string text)
    {
        c.Advance(8);
        c.Draw(text, Left, 12, bold: true);
        c.Advance(16);
    }

    private static void Body(PdfCanvas c, string text)
    {
        c.Draw(text, Left, BodySize);
        c.Advance(15);
    }

    private static void Bullet(PdfCanvas c, string text)
    {
        c.Draw("•", Left + 18, BodySize);
        c.Draw(text, Left + 30, BodySize);
        c.Advance(15);
    }

    private static byte[] Pdf(Action<PdfCanvas> draw)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Ana Beatriz Moreira Lopes", Left, 16, bold: true);
            c.Advance(20);
            c.Draw("ana.moreira.lopes@example.com | (21) 99876-5432", Left, BodySize);
            c.Advance(20);
            draw(c);
        }
        return document.ToBytes();
    }
}
