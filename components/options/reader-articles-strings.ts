/** The reader-articles panel's words, in both interface languages. */
export interface ReaderArticlesStrings {
  heading: string;
  intro: string;
  empty: string;
  count: (n: string) => string;
  exportButton: string;
  importFiles: string;
  importFolder: string;
  delete: string;
  deleteLabel: (title: string) => string;
  deleted: (title: string) => string;
  undo: string;
  added: (date: string) => string;
  linking: (done: string, total: string) => string;
  saving: (total: string) => string;
  imported: (n: string) => string;
  settingsRestored: string;
  skipped: (n: string) => string;
  showAll: (n: string) => string;
  cancel: string;
  /** What became of an import that ended while no options page watched it. */
  note: (n: ImportNoteWords) => string;
}

/** The words an import note is made of (numbers and the time already formatted). */
export interface ImportNoteWords {
  state: 'done' | 'cancelled' | 'failed' | 'interrupted';
  total: string;
  added: string;
  source: string;
  startedAt: string;
}

export const READER_ARTICLES_EN: ReaderArticlesStrings = {
  heading: 'Your articles',
  intro:
    'Articles you added with “Add this article to Backstory”, or imported. They appear in the cards and in search, and a corpus update never touches them.',
  empty: 'No articles yet. Open an article and choose “Add this article” in the Backstory popup.',
  count: (n) => `${n} articles`,
  exportButton: 'Export articles and settings',
  importFiles: 'Import files…',
  importFolder: 'Import a folder of .txt articles…',
  delete: 'Delete',
  deleteLabel: (title) => `Delete “${title}”`,
  deleted: (title) => `Deleted “${title}”.`,
  undo: 'Undo',
  added: (date) => `added ${date}`,
  linking: (done, total) => `Reading ${done} of ${total} articles…`,
  saving: (total) => `Saving ${total} articles…`,
  imported: (n) => `Imported ${n} articles.`,
  settingsRestored: 'Settings restored from the file.',
  skipped: (n) => `${n} not imported:`,
  showAll: (n) => `Show all ${n}`,
  cancel: 'Cancel',
  note: ({ state, total, added, source, startedAt }) => {
    const which = `The import of ${total} articles from ${source} (started ${startedAt})`;
    if (state === 'done') return `${which} finished after this page was closed: ${added} imported.`;
    if (state === 'interrupted')
      return `${which} did not finish: the browser or Backstory stopped while it ran. Nothing from it was kept; import the file again.`;
    return `${which} ${state === 'cancelled' ? 'was cancelled' : 'failed'}: nothing from it was kept.`;
  },
};

export const READER_ARTICLES_VI: ReaderArticlesStrings = {
  heading: 'Bài viết của bạn',
  intro:
    'Các bài bạn đã thêm bằng “Thêm bài này vào Backstory” hoặc đã nhập. Chúng xuất hiện trong thẻ và trong tìm kiếm; cập nhật kho dữ liệu không bao giờ động đến chúng.',
  empty: 'Chưa có bài nào. Mở một bài báo và chọn “Thêm bài này” trong cửa sổ Backstory.',
  count: (n) => `${n} bài`,
  exportButton: 'Xuất bài viết và cài đặt',
  importFiles: 'Nhập tệp…',
  importFolder: 'Nhập một thư mục bài .txt…',
  delete: 'Xoá',
  deleteLabel: (title) => `Xoá “${title}”`,
  deleted: (title) => `Đã xoá “${title}”.`,
  undo: 'Hoàn tác',
  added: (date) => `thêm ngày ${date}`,
  linking: (done, total) => `Đang đọc ${done} / ${total} bài…`,
  saving: (total) => `Đang lưu ${total} bài…`,
  imported: (n) => `Đã nhập ${n} bài.`,
  settingsRestored: 'Đã khôi phục cài đặt từ tệp.',
  skipped: (n) => `${n} mục không nhập được:`,
  showAll: (n) => `Hiện tất cả ${n}`,
  cancel: 'Huỷ',
  note: ({ state, total, added, source, startedAt }) => {
    const which = `Lần nhập ${total} bài từ ${source} (bắt đầu lúc ${startedAt})`;
    if (state === 'done') return `${which} đã xong sau khi trang này đóng: đã nhập ${added} bài.`;
    if (state === 'interrupted')
      return `${which} chưa xong: trình duyệt hoặc Backstory đã dừng giữa chừng. Không bài nào được giữ lại; hãy nhập lại tệp.`;
    return `${which} ${state === 'cancelled' ? 'đã bị huỷ' : 'không thành công'}: không bài nào được giữ lại.`;
  },
};

/** The strings for a locale (`vi…` gets Vietnamese, anything else English). */
export function readerArticlesStrings(locale: string): ReaderArticlesStrings {
  return locale.toLowerCase().startsWith('vi') ? READER_ARTICLES_VI : READER_ARTICLES_EN;
}
