using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Documents;

/// <summary>主题分类 (the 中国政府网 subject classification), seeded and editable by administrators.</summary>
public class TopicCategory : Entity
{
    private TopicCategory()
    {
    }

    public TopicCategory(string name, int sortOrder)
    {
        Name = name;
        SortOrder = sortOrder;
    }

    public string Name { get; private set; } = "";

    public int SortOrder { get; private set; }
}
