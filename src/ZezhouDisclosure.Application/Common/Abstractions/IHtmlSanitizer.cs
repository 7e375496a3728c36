namespace ZezhouDisclosure.Application.Common.Abstractions;

/// <summary>Cleans rich text written by staff before it is stored or shown (allow-list for documents).</summary>
public interface IHtmlSanitizer
{
    string SanitizeDocumentHtml(string html);
}
