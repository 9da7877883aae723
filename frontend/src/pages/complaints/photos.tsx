import { Image, Skeleton, Space, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import type { PhotoInfo } from '../../api/types';
import { useComplaintPhotoBlob, useComplaintPhotos } from './queries';

function Photo({ complaintId, photo }: { complaintId: number; photo: PhotoInfo }) {
  const blob = useComplaintPhotoBlob(complaintId, photo.id);
  const url = useMemo(() => (blob.data ? URL.createObjectURL(blob.data) : undefined), [blob.data]);
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );
  if (blob.isError)
    return <Typography.Text type="danger">照片 {photo.position} 加载失败</Typography.Text>;
  if (!url) return <Skeleton.Image active />;
  return (
    <Image
      src={url}
      alt={`照片 ${photo.position}`}
      width={160}
      height={120}
      style={{ objectFit: 'cover' }}
    />
  );
}

/** 所附照片: the submitter's photos (re-encoded without metadata), enlarged on click. */
export function ComplaintPhotos({ complaintId }: { complaintId: number }) {
  const photos = useComplaintPhotos(complaintId);
  if (photos.isLoading) return <Skeleton active paragraph={{ rows: 1 }} />;
  if (!photos.data?.length) return <Typography.Text type="secondary">未附照片</Typography.Text>;
  return (
    <Image.PreviewGroup>
      <Space wrap>
        {photos.data.map((photo) => (
          <Photo key={photo.id} complaintId={complaintId} photo={photo} />
        ))}
      </Space>
    </Image.PreviewGroup>
  );
}
