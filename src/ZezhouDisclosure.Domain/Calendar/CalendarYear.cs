namespace ZezhouDisclosure.Domain.Calendar;

/// <summary>A year whose official holiday notice has been entered, e.g. 2026 — 国办发明电〔2025〕7号.</summary>
public class CalendarYear : Common.IVersioned
{
    private CalendarYear()
    {
    }

    public CalendarYear(int year, string notice)
    {
        if (year is < 2000 or > 2100)
        {
            throw new Common.DomainException("年份无效。");
        }

        if (string.IsNullOrWhiteSpace(notice))
        {
            throw new Common.DomainException("请填写放假通知的文号或标题。");
        }

        Year = year;
        Notice = notice.Trim();
    }

    public int Year { get; private set; }

    /// <summary>The notice's document number and, where useful, a note (国办发明电〔2019〕16号 + 〔2020〕1号).</summary>
    public string Notice { get; private set; } = "";

    public int Version { get; set; }

    /// <summary>Corrects the notice's 文号 / title when an administrator re-enters the year.</summary>
    public void ChangeNotice(string notice)
    {
        if (string.IsNullOrWhiteSpace(notice))
        {
            throw new Common.DomainException("请填写放假通知的文号或标题。");
        }

        Notice = notice.Trim();
    }
}
