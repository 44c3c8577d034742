using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;

namespace HueWorkspace.Web.Components.Shared;

/// <summary>
/// Writes display-only HTML as one string, every text and attribute value encoded: what a list repeats on every row
/// becomes one render-tree frame instead of dozens (each frame is held twice per component in every open page's circuit,
/// docs/capacity.md). Only <see cref="Trusted"/> writes unencoded text, and only the product's own constants (MudBlazor's
/// icon paths) may go there. Nothing written here takes input: rows with buttons or fields stay Razor.
/// </summary>
public sealed class HtmlWriter
{
    // Vietnamese letters stay letters (the default encoder would turn each into an entity); <, >, &, quotes are encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly StringBuilder _html = new();

    /// <summary>An opening tag; attributes with a null value are left out.</summary>
    public HtmlWriter Open(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        _html.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is not null)
            {
                _html.Append(' ').Append(name).Append("=\"");
                Encoder.Encode(new StringWriter(_html), value);
                _html.Append('"');
            }
        }

        _html.Append('>');
        return this;
    }

    public HtmlWriter Close(string tag)
    {
        _html.Append("</").Append(tag).Append('>');
        return this;
    }

    public HtmlWriter Text(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            Encoder.Encode(new StringWriter(_html), text);
        }

        return this;
    }

    /// <summary>Markup the product itself wrote (an icon's SVG paths), never anything a person typed.</summary>
    public HtmlWriter Trusted(string markup)
    {
        _html.Append(markup);
        return this;
    }

    public HtmlWriter Element(string tag, string? cssClass, string? text)
    {
        Open(tag, ("class", cssClass));
        return Text(text).Close(tag);
    }

    public override string ToString() => _html.ToString();

    /// <summary>The HTML as one frame of a render tree.</summary>
    public static RenderFragment Fragment(Action<HtmlWriter> write)
    {
        var writer = new HtmlWriter();
        write(writer);
        var html = writer.ToString();
        return builder => builder.AddMarkupContent(0, html);
    }
}
