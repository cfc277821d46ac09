using Resume.Parsing.Layout;

namespace Resume.Parsing.Structure;

/// <summary>
/// Two columns on a page are two flows of text, each carried on to the next page in its own column: a main column whose
/// work history runs on past the page, beside a sidebar whose last section ends the page (references, interests). Pages
/// are read a column at a time, so the main column's next page follows the sidebar's text; when it opens without a
/// heading of its own, it carries on the section last read in its own column, not the one the other column ended in.
/// </summary>
internal sealed class ColumnFlows
{
    private readonly List<(int Start, int End, double Left, double Right)> _runs = [];
    private readonly Dictionary<int, int> _runAt = [];
    private readonly Section?[] _open;

    public ColumnFlows(IReadOnlyList<TextLine> lines)
    {
        for (var i = 0; i < lines.Count;)
        {
            var start = i;
            var (left, right) = (double.MaxValue, double.MinValue);
            while (i < lines.Count && lines[i].HasGeometry && lines[i].Page == lines[start].Page && lines[i].Column == lines[start].Column)
            {
                (left, right) = (Math.Min(left, lines[i].Left), Math.Max(right, lines[i].Right));
                i++;
            }
            if (i == start)
            {
                i++; // a line with no geometry is no column
                continue;
            }
            _runAt[start] = _runs.Count;
            _runs.Add((start, i - 1, left, right));
        }
        _open = new Section?[_runs.Count];
    }

    /// <summary>The section a run of one column starting at <paramref name="index"/> carries on, when another column's
    /// text was read since that column was last read; null to carry on the section read last.</summary>
    public Section? Resumes(int index)
    {
        if (!_runAt.TryGetValue(index, out var r) || r == 0)
        {
            return null;
        }
        var run = _runs[r];
        var otherColumnBetween = false;
        for (var q = r - 1; q >= 0; q--)
        {
            var other = _runs[q];
            var overlap = Math.Min(run.Right, other.Right) - Math.Max(run.Left, other.Left);
            if (overlap <= 0)
            {
                otherColumnBetween = true;
                continue;
            }
            // A line across the page (a footer, the name) is no column's own text.
            if (other.Right - other.Left > 1.5 * (run.Right - run.Left) || overlap < 0.5 * Math.Min(run.Right - run.Left, other.Right - other.Left))
            {
                continue;
            }
            return otherColumnBetween ? _open[q] : null;
        }
        return null;
    }

    /// <summary>The last line of the run of one column that starts at <paramref name="index"/> when another column's
    /// run was read right before it on the same page; -1 otherwise.</summary>
    public int ColumnRunAfterOther(int index, IReadOnlyList<TextLine> lines)
    {
        if (!_runAt.TryGetValue(index, out var r) || r == 0)
        {
            return -1;
        }
        var (run, before) = (_runs[r], _runs[r - 1]);
        var beside = Math.Min(run.Right, before.Right) <= Math.Max(run.Left, before.Left);
        return beside && lines[run.Start].Page == lines[before.Start].Page && lines[run.Start].Column != 0 && lines[before.Start].Column != 0
            ? run.End : -1;
    }

    /// <summary>Notes the section open after the line at <paramref name="index"/> when it ends a run.</summary>
    public void Read(int index, Section? open)
    {
        var r = RunEndingAt(index);
        if (r >= 0 && _runs[r].End == index)
        {
            _open[r] = open;
        }
    }

    private int RunEndingAt(int index)
    {
        var (lo, hi) = (0, _runs.Count - 1);
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (_runs[mid].End < index)
            {
                lo = mid + 1;
            }
            else if (_runs[mid].Start > index)
            {
                hi = mid - 1;
            }
            else
            {
                return mid;
            }
        }
        return -1;
    }
}
