// Stub for office-addin-mock under Jest: it only needs the OfficeApp enum.
exports.OfficeApp = { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" };
