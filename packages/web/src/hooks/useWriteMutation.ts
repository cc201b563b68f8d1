import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';

interface Options<TVars, TResult> {
  mutationFn: (vars: TVars) => Promise<TResult>;
  /** Resource prefixes whose cached answers the write makes stale. */
  invalidates: QueryKey[];
  success: string;
  onSuccess?: (result: TResult) => void;
}

/** A write to the server: on success refresh what it touched and say so; on failure show the server's message. */
export function useWriteMutation<TVars, TResult = unknown>(options: Options<TVars, TResult>) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: options.mutationFn,
    onSuccess: async (result) => {
      await Promise.all(options.invalidates.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      message.success(options.success);
      options.onSuccess?.(result);
    },
    onError: (err) => {
      message.error(err.message);
    },
  });
}
