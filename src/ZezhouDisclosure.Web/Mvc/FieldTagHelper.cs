using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ZezhouDisclosure.Web.Mvc;

/// <summary>
/// One form field, the same everywhere: <c>&lt;label&gt;</c> (with 必填), the control, a hint and the field's error,
/// wired together with <c>for</c>/<c>id</c>, <c>aria-describedby</c> and <c>aria-invalid</c>. The error comes from
/// ModelState under the field's name (the command's property name, see <see cref="FormSubmission"/>).
/// <code>
/// &lt;field name="Title" label="标题" required max-length="DataLimits.Title" value="@f.Title" hint="…" /&gt;
/// &lt;field name="Summary" type="textarea" rows="2" label="内容概述" max-length="500" value="@f.Summary" /&gt;
/// &lt;field name="ColumnId" type="select" label="发布栏目" required&gt;&lt;option …&gt;&lt;/field&gt;
/// &lt;field asp-for="Form.Title" name="Title" /&gt;  (label, 必填, length and value from the model's metadata)
/// </code>
/// Types: text (default) and the other input types (<c>file</c> with <c>accept</c>), <c>textarea</c>, <c>select</c> (options as
/// content), <c>checkbox</c>.
/// </summary>
[HtmlTargetElement("field", TagStructure = TagStructure.NormalOrSelfClosing)]
public sealed class FieldTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public Microsoft.AspNetCore.Mvc.ViewFeatures.ModelExpression? For { get; set; }

    /// <summary>The posted name (and ModelState key). Defaults to the <c>asp-for</c> expression's name.</summary>
    public string? Name { get; set; }

    /// <summary>The element id; defaults to the name with dots and brackets made safe.</summary>
    public string? Id { get; set; }

    public string? Label { get; set; }

    public string? Hint { get; set; }

    public string Type { get; set; } = "text";

    public object? Value { get; set; }

    public bool Required { get; set; }

    [HtmlAttributeName("max-length")]
    public int? MaxLength { get; set; }

    public int? Rows { get; set; }

    public string? Placeholder { get; set; }

    public string? Autocomplete { get; set; }

    [HtmlAttributeName("input-mode")]
    public string? InputMode { get; set; }

    public string? Min { get; set; }

    public string? Max { get; set; }

    /// <summary>A file input: the types the picker offers (the server checks extension and content anyway).</summary>
    public string? Accept { get; set; }

    /// <summary>A checkbox: whether it is ticked.</summary>
    public bool Checked { get; set; }

    [HtmlAttributeName("disabled")]
    public bool Disabled { get; set; }

    /// <summary>Extra classes on the wrapping <c>div.field</c>.</summary>
    [HtmlAttributeName("class")]
    public string? CssClass { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var metadata = For?.Metadata;
        var name = Name ?? For?.Name ?? throw new InvalidOperationException("<field> needs name or asp-for.");
        var id = Id ?? TagBuilder.CreateSanitizedId(name, "_");
        var label = Label ?? metadata?.DisplayName
            ?? throw new InvalidOperationException($"<field name=\"{name}\"> needs a (Chinese) label or a [Display] name.");
        var required = Required || metadata?.IsRequired == true && metadata.ModelType != typeof(bool) && For!.Metadata.ValidatorMetadata.OfType<RequiredAttribute>().Any();
        var maxLength = MaxLength ?? MaxLengthOf(metadata);
        var value = Value ?? For?.Model;
        var error = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0
            ? entry.Errors[0].ErrorMessage
            : null;
        var hintId = Hint is null ? null : id + "-hint";
        var errorId = error is null ? null : id + "-error";
        var describedBy = string.Join(' ', new[] { hintId, errorId }.Where(s => s is not null));

        var control = Type switch
        {
            "textarea" => new TagBuilder("textarea"),
            "select" => new TagBuilder("select"),
            _ => new TagBuilder("input"),
        };
        control.Attributes["id"] = id;
        control.Attributes["name"] = name;
        if (Type is not ("textarea" or "select"))
        {
            control.Attributes["type"] = Type;
        }

        if (Type == "checkbox")
        {
            control.Attributes["value"] = "true";
            if (Checked || value is true)
            {
                control.Attributes["checked"] = "checked";
            }
        }
        else if (Type == "textarea")
        {
            control.InnerHtml.Append(Format(value) ?? string.Empty);
            if (Rows is int rows)
            {
                control.Attributes["rows"] = rows.ToString(CultureInfo.InvariantCulture);
            }
        }
        else if (Type == "select")
        {
            control.InnerHtml.AppendHtml((await output.GetChildContentAsync()).GetContent());
        }
        else if (Format(value) is { } text)
        {
            control.Attributes["value"] = text;
        }

        if (maxLength is int max && Type is "text" or "textarea" or "search" or "email" or "tel" or "url" or "password")
        {
            control.Attributes["maxlength"] = max.ToString(CultureInfo.InvariantCulture);
        }

        if (required)
        {
            control.Attributes["required"] = "required";
        }

        SetIf(control, "placeholder", Placeholder);
        SetIf(control, "autocomplete", Autocomplete);
        SetIf(control, "inputmode", InputMode);
        SetIf(control, "min", Min);
        SetIf(control, "max", Max);
        SetIf(control, "accept", Accept);
        if (Disabled)
        {
            control.Attributes["disabled"] = "disabled";
        }

        if (describedBy.Length > 0)
        {
            control.Attributes["aria-describedby"] = describedBy;
        }

        if (error is not null)
        {
            control.Attributes["aria-invalid"] = "true";
        }

        var labelTag = new TagBuilder("label");
        labelTag.Attributes["for"] = id;
        labelTag.InnerHtml.Append(label);
        if (required)
        {
            labelTag.InnerHtml.AppendHtml(" <span class=\"required\">（必填）</span>");
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", CssClass is null ? Type == "checkbox" ? "field checkbox" : "field" : "field " + CssClass);
        var content = new HtmlContentBuilder();
        if (Type == "checkbox")
        {
            content.AppendHtml(control).AppendHtml(" ").AppendHtml(labelTag);
        }
        else
        {
            content.AppendHtml(labelTag).AppendHtml(control);
        }

        if (Hint is not null)
        {
            var hint = new TagBuilder("p");
            hint.AddCssClass("hint");
            hint.Attributes["id"] = hintId!;
            hint.InnerHtml.Append(Hint);
            content.AppendHtml(hint);
        }

        if (error is not null)
        {
            var message = new TagBuilder("p");
            message.AddCssClass("field-error");
            message.Attributes["id"] = errorId!;
            message.InnerHtml.Append(error);
            content.AppendHtml(message);
        }

        output.Content.SetHtmlContent(content);
    }

    private static void SetIf(TagBuilder tag, string attribute, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            tag.Attributes[attribute] = value;
        }
    }

    private static int? MaxLengthOf(Microsoft.AspNetCore.Mvc.ModelBinding.ModelMetadata? metadata)
    {
        if (metadata is null)
        {
            return null;
        }

        foreach (var validator in metadata.ValidatorMetadata)
        {
            switch (validator)
            {
                case StringLengthAttribute length:
                    return length.MaximumLength;
                case MaxLengthAttribute length:
                    return length.Length;
            }
        }

        return null;
    }

    /// <summary>How a value is written into a control (dates in the ISO form the date inputs need).</summary>
    public static string? Format(object? value) => value switch
    {
        null => null,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
