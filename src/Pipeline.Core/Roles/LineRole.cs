namespace Pipeline.Roles;

/// <summary>What a line is in the layout of an official document (Nghị định 30/2020/NĐ-CP, Hướng dẫn 36-HD/VPTW).</summary>
public enum LineRole
{
    Issuer,            // tên cơ quan ban hành (and its superior body)
    Motto,             // quốc hiệu, tiêu ngữ; "ĐẢNG CỘNG SẢN VIỆT NAM"
    Reference,         // Số, ký hiệu
    PlaceDate,         // địa danh, ngày tháng năm
    DocType,           // tên loại văn bản: THÔNG BÁO, NGHỊ QUYẾT …
    Title,             // trích yếu; the V/v lines of a công văn
    AddresseeHeader,   // Kính gửi:
    Addressee,         // one Kính gửi entry
    Body,
    SectionHeading,    // I., II., Điều 1., headings
    ListItem,          // 1., 2.1., a), -, +
    RecipientsHeader,  // Nơi nhận:
    Recipient,
    Archive,           // Lưu: VT …
    SignerAuthority,   // TM., KT., TL., TUQ., Q. …
    SignerPosition,    // chức vụ
    SignerName,
    Footnote,
    PageFurniture,
    Noise,             // stamps, handwriting notes, signature banners, decorations
    Appendix,          // phụ lục and anything printed after the signature
    Blank,
}
