using Resume.Model;

namespace Resume.Parsing.Extraction.Docx;

/// <summary>
/// How deep an XML part's elements nest, measured on its bytes as they are inflated, before any XML reader builds a
/// tree of them: the Open XML SDK recurses per level, so a part nested tens of thousands deep takes minutes or the
/// thread's stack. It errs deep, never shallow: text it cannot place (inside comments, CDATA) can only add depth.
/// </summary>
internal sealed class XmlDepthMeter(string part, int maxDepth)
{
    private State _state = State.Text;
    private byte _quote;
    private byte _previous;
    private int _depth;

    private enum State
    {
        Text,
        /// <summary>Just after '&lt;': a start tag, an end tag or markup (<c>&lt;?</c>, <c>&lt;!</c>).</summary>
        Open,
        StartTag,
        EndTag,
        Markup,
        /// <summary>Just after '&lt;!': a comment, a CDATA section or a DTD.</summary>
        Declaration,
    }

    public void Feed(ReadOnlySpan<byte> bytes)
    {
        foreach (var c in bytes)
        {
            switch (_state)
            {
                case State.Text:
                    if (c == '<')
                    {
                        _state = State.Open;
                    }
                    break;
                case State.Open:
                    _state = c switch
                    {
                        (byte)'/' => State.EndTag,
                        (byte)'?' => State.Markup,
                        (byte)'!' => State.Declaration,
                        _ => State.StartTag,
                    };
                    break;
                case State.Declaration:
                    // "<!--" opens a comment and "<![CDATA[" a section of text; "<!DOCTYPE" (and "<!ENTITY" within it)
                    // declares a DTD, which Open XML parts may not carry and whose entities can expand ("billion laughs")
                    // to far more text than any document holds.
                    if (c is (byte)'D' or (byte)'d' or (byte)'E' or (byte)'e')
                    {
                        throw ZipGuard.DeclaresDtd(part);
                    }
                    _state = State.Markup;
                    break;
                case State.StartTag when _quote != 0:
                    if (c == _quote)
                    {
                        _quote = 0;
                    }
                    break;
                case State.StartTag:
                    if (c is (byte)'"' or (byte)'\'')
                    {
                        _quote = c;
                    }
                    else if (c == '>')
                    {
                        _state = State.Text;
                        if (_previous != '/' && ++_depth > maxDepth)
                        {
                            throw new ParseFailure(ErrorCodes.TooComplex,
                                $"The Word document nests its content more than {maxDepth} levels deep in {part}, far beyond any real document (tables inside tables, over and over); it was not opened.");
                        }
                    }
                    break;
                case State.EndTag or State.Markup:
                    if (c == '>')
                    {
                        _depth -= _state == State.EndTag ? 1 : 0;
                        _state = State.Text;
                    }
                    break;
            }
            _previous = c;
        }
    }
}
